import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SecretValue, Stack, Validations } from 'aws-cdk-lib';
import { CfnSkill } from 'aws-cdk-lib/alexa-ask';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import {
  AwsCustomResource,
  AwsCustomResourcePolicy,
  type AwsSdkCall,
  PhysicalResourceId,
} from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { DbVoiceParameters } from '../../src/contract/DbVoiceParameters.js';
import type { CreateSkillContext } from '../config/DbVoiceContext.js';

/** The service principal Alexa invokes skill Lambdas and reads skill packages as. */
export const ALEXA_PRINCIPAL = 'alexa-appkit.amazon.com';

/** The statement of the skill Lambda's resource policy that lets Alexa check the endpoint of a new skill. */
const CREATION_STATEMENT = 'dbvoice-alexa-skill-creation';

export interface AlexaSkillProps extends CreateSkillContext {
  /** The skill Lambda: the manifest's endpoint. */
  readonly skillFunction: IFunction;
  /** `npm run model`'s ASK CLI package (skill.json + interactionModels/custom), uploaded as an S3 asset. */
  readonly packageDir: string;
}

/**
 * The Alexa skill itself (Alexa::ASK::Skill), created from skill-package/ with its endpoint set to the skill
 * Lambda. The order CloudFormation must follow, and why (lib/README.md, "How the skill and the Lambda meet"):
 *   1. the Lambda, and a statement in its policy letting Alexa invoke it without an event source token (a
 *      custom resource, AddPermission) — Alexa checks it may invoke the endpoint while it creates the skill,
 *      and no token can name a skill that does not exist yet;
 *   2. the skill (it depends on that statement and on the role that lets Alexa read the package);
 *   3. from the skill's id: the Lambda's token-scoped trigger (SkillBackend), the parameter the Lambda reads
 *      the id from at its first request, and a second custom resource that removes the token-less statement.
 *      The id cannot be in the Lambda's environment: the skill needs the Lambda's ARN, so the Lambda's
 *      configuration cannot also need the skill.
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

    // Opened by a custom resource, not an AWS::Lambda::Permission, so that it can be closed again by name once
    // the skill exists; both re-run when the skill would be created anew (another vendor).
    const fn = props.skillFunction;
    const lambdaCall = (action: string, parameters: Record<string, string>): AwsSdkCall => ({
      service: 'Lambda',
      action,
      parameters: { FunctionName: fn.functionName, StatementId: CREATION_STATEMENT, ...parameters },
      physicalResourceId: PhysicalResourceId.of(`${CREATION_STATEMENT}-${props.vendorId}`),
      ignoreErrorCodesMatching:
        action === 'addPermission' ? 'ResourceConflictException' : 'ResourceNotFoundException',
    });
    const open = lambdaCall('addPermission', { Action: 'lambda:InvokeFunction', Principal: ALEXA_PRINCIPAL });
    const close = lambdaCall('removePermission', {});
    const creationTrigger = new AwsCustomResource(this, 'OpenForCreation', {
      onCreate: open,
      onUpdate: open,
      onDelete: close,
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({
          actions: ['lambda:AddPermission', 'lambda:RemovePermission'],
          resources: [fn.functionArn],
        }),
      ]),
      installLatestAwsSdk: false,
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

    // Once the skill exists, only the trigger scoped to its id (SkillBackend) is left: the statement that let
    // Alexa check the endpoint of a skill without an id goes. The skill's id is in the resource's id, so a
    // skill created anew (another vendor) closes it again after its own creation.
    const closeForSkill = {
      ...close,
      physicalResourceId: PhysicalResourceId.of(`${CREATION_STATEMENT}-${skill.ref}`),
    };
    const closed = new AwsCustomResource(this, 'ClosedAfterCreation', {
      onCreate: closeForSkill,
      onUpdate: closeForSkill,
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({ actions: ['lambda:RemovePermission'], resources: [fn.functionArn] }),
      ]),
      installLatestAwsSdk: false,
    });
    closed.node.addDependency(skill);
    acknowledgeCustomResourceProvider(Stack.of(this));
    this.skillId = skill.ref;

    new StringParameter(this, 'SkillId', {
      parameterName: DbVoiceParameters.skillId,
      stringValue: this.skillId,
      description:
        'The id of the Alexa skill this stack created; the skill Lambda accepts requests from it only.',
    });
  }
}

/**
 * The one Lambda CDK shares between the stack's AwsCustomResources (AWS679f53fac002430cb0da5b7982bd2287): its
 * role and runtime are CDK's, not ours to pick.
 */
function acknowledgeCustomResourceProvider(stack: Stack): void {
  const provider = stack.node.tryFindChild(
    `AWS${AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '')}`,
  );
  if (!provider) return;
  Validations.of(provider).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      "CDK's AwsCustomResource provider logs through AWSLambdaBasicExecutionRole; the calls it may make are only " +
      'adding and removing the Alexa creation statement on the skill Lambda.',
  });
}
