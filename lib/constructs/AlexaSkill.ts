import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SecretValue } from 'aws-cdk-lib';
import { CfnSkill } from 'aws-cdk-lib/alexa-ask';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnPermission, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { DbVoiceParameters } from '../../src/contract/DbVoiceParameters.js';
import type { CreateSkillContext } from '../config/DbVoiceContext.js';

/** The service principal Alexa invokes skill Lambdas and reads skill packages as. */
export const ALEXA_PRINCIPAL = 'alexa-appkit.amazon.com';

export interface AlexaSkillProps extends CreateSkillContext {
  /** The skill Lambda: the manifest's endpoint. */
  readonly skillFunction: IFunction;
  /** `npm run model`'s ASK CLI package (skill.json + interactionModels/custom), uploaded as an S3 asset. */
  readonly packageDir: string;
}

/**
 * The Alexa skill itself (Alexa::ASK::Skill), created from skill-package/ with its endpoint set to the skill
 * Lambda. The order CloudFormation must follow, and why (lib/README.md, "How the skill and the Lambda meet"):
 *   1. the Lambda, and a permission for Alexa without an event source token — Alexa checks it may invoke the
 *      endpoint while it creates the skill, and no token can name a skill that does not exist yet;
 *   2. the skill (it depends on that permission and on the role that lets Alexa read the package);
 *   3. from the skill's id: the Lambda's token-scoped trigger (SkillBackend) and the parameter the Lambda
 *      reads the id from at its first request. The id cannot be in the Lambda's environment: the skill
 *      needs the Lambda's ARN, so the Lambda's configuration cannot also need the skill.
 * Every property is derived from the package's content hash and fixed names, so an unchanged redeploy
 * changes nothing; LWA credentials reach the template only as Secrets Manager dynamic references.
 */
export class AlexaSkill extends Construct {
  /** The created skill's id (amzn1.ask.skill...), a CloudFormation reference. */
  readonly skillId: string;

  constructor(scope: Construct, id: string, props: AlexaSkillProps) {
    super(scope, id);
    if (!existsSync(join(props.packageDir, 'skill.json'))) {
      throw new Error(
        `${props.packageDir}/skill.json is missing: run \`npm run model\` to write the skill package`,
      );
    }

    const creationTrigger = new CfnPermission(this, 'CreationTrigger', {
      action: 'lambda:InvokeFunction',
      functionName: props.skillFunction.functionArn,
      principal: ALEXA_PRINCIPAL,
    });

    const skillPackage = new Asset(this, 'Package', { path: props.packageDir });
    const packageReader = new Role(this, 'PackageReader', {
      assumedBy: new ServicePrincipal(ALEXA_PRINCIPAL),
      description:
        'Lets Alexa read the dbvoice skill package while CloudFormation creates or updates the skill.',
    });
    packageReader.addToPolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [skillPackage.bucket.arnForObjects(skillPackage.s3ObjectKey)],
      }),
    );

    const credential = (field: 'clientId' | 'clientSecret' | 'refreshToken') =>
      SecretValue.secretsManager(props.lwaSecretName, { jsonField: field }).unsafeUnwrap();
    const skill = new CfnSkill(this, 'Skill', {
      vendorId: props.vendorId,
      authenticationConfiguration: {
        clientId: credential('clientId'),
        clientSecret: credential('clientSecret'),
        refreshToken: credential('refreshToken'),
      },
      skillPackage: {
        s3Bucket: skillPackage.s3BucketName,
        s3Key: skillPackage.s3ObjectKey,
        s3BucketRole: packageReader.roleArn,
        // skill.json names a placeholder endpoint; the deployed skill calls this stack's Lambda.
        overrides: { manifest: { apis: { custom: { endpoint: { uri: props.skillFunction.functionArn } } } } },
      },
    });
    skill.node.addDependency(creationTrigger);
    skill.node.addDependency(packageReader);
    this.skillId = skill.ref;

    new StringParameter(this, 'SkillId', {
      parameterName: DbVoiceParameters.skillId,
      stringValue: this.skillId,
      description:
        'The id of the Alexa skill this stack created; the skill Lambda accepts requests from it only.',
    });
  }
}
