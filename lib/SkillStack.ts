import { Annotations, Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { StringListParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { LAMBDA_BUNDLES } from '../src/build/LAMBDA_BUNDLES.js';
import type { DbVoiceContext } from './config/DbVoiceContext.js';
import { bastionName, ResourceNames } from './config/resourceNames.js';
import { DbVoiceFunction } from './constructs/DbVoiceFunction.js';
import { acknowledgeWildcards } from './nag/acknowledgeWildcards.js';

/** The bundle `npm run build` writes for this Lambda, relative to the project root (where cdk.json is). */
export const SKILL_BUNDLE: string = LAMBDA_BUNDLES.skill.outdir;

/** Alexa waits about 8 s; the Lambda stops at 7 s and the skill plans its work for 6.5 s. */
export const SKILL_TIMEOUT_SECONDS = 7;
export const SKILL_REQUEST_BUDGET_MS = 6_500;

/** Parameters the skill reads: created by hand as SecureString (CloudFormation cannot), see lib/README.md. */
export const MfaParameters = {
  accessKeyId: '/dbvoice/mfa/access-key-id',
  secretAccessKey: '/dbvoice/mfa/secret-access-key',
  serial: '/dbvoice/mfa/serial',
} as const;
export const ALLOWED_USERS_PARAMETER = '/dbvoice/allowed-users';

export interface SkillStackProps extends StackProps {
  readonly settings: DbVoiceContext;
  readonly logRetention: RetentionDays;
  /** Override for tests; defaults to SKILL_BUNDLE. */
  readonly bundleDir?: string;
}

/**
 * The Alexa-facing half, in the home Region: the skill Lambda and what only it uses — its state table, the
 * notification topic, the Alexa trigger — and a policy naming exactly the calls the skill makes.
 */
export class SkillStack extends Stack {
  readonly skill: DbVoiceFunction;
  readonly topic: Topic;
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: SkillStackProps) {
    super(scope, id, props);
    const { settings } = props;

    if (settings.skillIdIsPlaceholder) {
      Annotations.of(this).addWarningV2(
        'dbvoice:placeholder-skill-id',
        'dbvoice:skillId is not set: the Alexa trigger uses a placeholder id and no skill can call this Lambda. ' +
          'Deploy with -c dbvoice:skillId=amzn1.ask.skill.<id> (lib/README.md, step 5).',
      );
    }

    const topicKey = new Key(this, 'TopicKey', {
      description: 'Encrypts dbvoice notifications (check results, audit of reboots and failovers).',
      enableKeyRotation: true,
      alias: ResourceNames.topicKeyAlias,
    });
    this.topic = new Topic(this, 'Notifications', {
      topicName: ResourceNames.topicName,
      displayName: 'dbvoice',
      masterKey: topicKey,
      enforceSSL: true,
    });
    if (settings.notificationEmail) {
      this.topic.addSubscription(new EmailSubscription(settings.notificationEmail));
    }

    this.table = new TableV2(this, 'State', {
      partitionKey: { name: 'id', type: AttributeType.STRING },
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Holds MFA lockouts and notification choices: keep it if the stack goes.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    if (settings.allowedUsers.length > 0) {
      new StringListParameter(this, 'AllowedUsers', {
        parameterName: ALLOWED_USERS_PARAMETER,
        stringListValue: [...settings.allowedUsers],
        description: 'Alexa user ids / person ids allowed to use dbvoice; anyone else is refused.',
      });
    }

    this.skill = new DbVoiceFunction(this, 'Skill', {
      bundleDir: props.bundleDir ?? SKILL_BUNDLE,
      description: 'dbvoice Alexa skill: RDS/Aurora inventory, health, checks and MFA-guarded tasks',
      timeout: Duration.seconds(SKILL_TIMEOUT_SECONDS),
      // More memory is more CPU: cold starts and SSML rendering must fit Alexa's 8 s.
      memorySize: 1024,
      logRetention: props.logRetention,
      environment: {
        SKILL_ID: settings.skillId,
        DBVOICE_REGIONS: settings.regions.join(','),
        TAG_INSTANCE: settings.tagKeys.instance,
        TAG_APPLICATION: settings.tagKeys.application,
        TAG_ENVIRONMENT: settings.tagKeys.environment,
        PARAMETER_PREFIX: settings.parameterPrefix,
        TOPIC_ARN: this.topic.topicArn,
        STATE_TABLE: this.table.tableName,
        MFA_ACCESS_KEY_PARAMETER: MfaParameters.accessKeyId,
        MFA_SECRET_KEY_PARAMETER: MfaParameters.secretAccessKey,
        MFA_SERIAL_PARAMETER: MfaParameters.serial,
        ALLOWED_USERS_PARAMETER,
        REQUEST_BUDGET_MS: String(SKILL_REQUEST_BUDGET_MS),
        DBVOICE_SCRIPTS_DIR: ResourceNames.bastionScriptsDirectory,
        DBVOICE_DB_USER: settings.databaseUser,
        POWERTOOLS_SERVICE_NAME: 'dbvoice',
        POWERTOOLS_METRICS_NAMESPACE: 'dbvoice',
        LOG_LEVEL: settings.logLevel,
      },
    });
    const fn = this.skill.function;

    fn.addPermission('AlexaSkillTrigger', {
      principal: new ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      // Only this skill may invoke the function (the skill also checks the id in every request).
      eventSourceToken: settings.skillId,
    });

    this.grantSkillCalls(settings);

    new CfnOutput(this, 'SkillFunctionArn', {
      value: fn.functionArn,
      description:
        'Paste into the Alexa developer console: Build > Endpoint > AWS Lambda ARN > Default Region',
    });
    new CfnOutput(this, 'SkillLogGroupName', { value: this.skill.logGroup.logGroupName });
    new CfnOutput(this, 'TopicArn', { value: this.topic.topicArn });
    new CfnOutput(this, 'StateTableName', { value: this.table.tableName });
  }

  /** One statement per kind of call, each scoped as tightly as the API's IAM model allows. */
  private grantSkillCalls(settings: DbVoiceContext): void {
    const role = this.skill.role;
    const arn = (service: string, region: string, resource: string, account: string = Aws.ACCOUNT_ID) =>
      `arn:${Aws.PARTITION}:${service}:${region}:${account}:${resource}`;
    const regions = settings.regions;
    const allow = (statement: PolicyStatement, wildcardReason?: string) => {
      role.addToPrincipalPolicy(statement);
      if (wildcardReason) acknowledgeWildcards(role, statement, wildcardReason);
    };

    allow(
      new PolicyStatement({
        sid: 'RdsInstances',
        actions: [
          'rds:DescribeDBInstances',
          'rds:DescribeDBLogFiles',
          'rds:DownloadDBLogFilePortion',
          'rds:RebootDBInstance',
        ],
        resources: regions.map((region) => arn('rds', region, 'db:*')),
      }),
      'The fleet is whatever carries the inventory tags and changes without a redeploy; instances are limited ' +
        'to the managed Regions, and reboots are gated by MFA and confirmation in the skill.',
    );
    allow(
      new PolicyStatement({
        sid: 'RdsClusters',
        actions: ['rds:DescribeDBClusters', 'rds:FailoverDBCluster'],
        resources: regions.map((region) => arn('rds', region, 'cluster:*')),
      }),
      'Aurora clusters are found by tag at run time; clusters are limited to the managed Regions, and failovers ' +
        'are gated by MFA and confirmation in the skill.',
    );
    allow(
      new PolicyStatement({
        sid: 'CloudWatchAlarms',
        actions: ['cloudwatch:DescribeAlarms'],
        resources: regions.map((region) => arn('cloudwatch', region, 'alarm:*')),
      }),
      'Alarms on the fleet are created by the DBAs, not by this app; read-only and limited to the managed Regions.',
    );
    allow(
      new PolicyStatement({
        sid: 'NoResourceLevelPermissions',
        actions: [
          'rds:DescribeEvents',
          'cloudwatch:GetMetricStatistics',
          'cloudwatch:GetMetricData',
          'ssm:GetCommandInvocation',
          'ssm:ListCommandInvocations',
        ],
        resources: ['*'],
      }),
      'These read-only actions support no resource-level permissions (Service Authorization Reference), so ' +
        'IAM only accepts Resource "*".',
    );

    const parameterRegions = [...new Set([settings.homeRegion, ...regions])];
    allow(
      new PolicyStatement({
        sid: 'OwnParameters',
        actions: ['ssm:GetParameter', 'ssm:GetParameters'],
        resources: [
          ...parameterRegions.map((region) =>
            arn('ssm', region, `parameter${settings.parameterPrefix}/configuration/*`),
          ),
          arn('ssm', settings.homeRegion, 'parameter/dbvoice/*'),
        ],
      }),
      "Only the skill's own parameter paths (bastion names and settings under <prefix>/configuration, MFA " +
        'keys and allow-list under /dbvoice); per-instance database passwords under <prefix>/<instance> stay ' +
        'unreadable. SecureStrings use the aws/ssm key, whose key policy admits callers via SSM.',
    );

    allow(
      new PolicyStatement({
        sid: 'RunChecksDocument',
        actions: ['ssm:SendCommand'],
        resources: regions.map((region) =>
          arn('ssm', region, `document/${ResourceNames.runShellScriptDocument}`, ''),
        ),
      }),
    );
    allow(
      new PolicyStatement({
        sid: 'RunChecksOnBastionsOnly',
        actions: ['ssm:SendCommand'],
        resources: regions.map((region) => arn('ec2', region, 'instance/*')),
        conditions: { StringEquals: { 'ssm:resourceTag/Name': regions.map(bastionName) } },
      }),
      'Bastions are replaced whenever their scripts change, so their instance ids are unknown at deploy time; ' +
        'the condition admits only instances whose Name tag is one of the bastion names.',
    );

    allow(
      new PolicyStatement({
        sid: 'Notifications',
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
      }),
    );
    const topicKey = this.topic.masterKey;
    if (topicKey) {
      allow(
        new PolicyStatement({
          sid: 'NotificationsKey',
          actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
          resources: [topicKey.keyArn],
        }),
      );
    }
    allow(
      new PolicyStatement({
        sid: 'State',
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [this.table.tableArn],
      }),
    );
  }
}
