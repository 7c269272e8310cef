import { Annotations, Aws, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { type IGrantable, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { StringListParameter } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { DbVoiceParameters } from '../../src/contract/DbVoiceParameters.js';
import { ParameterPaths } from '../../src/contract/ParameterPaths.js';
import { ResourceNames } from '../../src/contract/ResourceNames.js';
import { SkillAwsCalls } from '../../src/contract/SkillAwsCalls.js';
import { SkillEnvironment } from '../../src/contract/SkillEnvironment.js';
import { StateTableSchema } from '../../src/contract/StateTableSchema.js';
import { TaskOptInTag } from '../../src/contract/TaskOptInTag.js';
import type { DbVoiceContext } from '../config/DbVoiceContext.js';
import { grantAwsCalls } from '../iam/grantAwsCalls.js';
import { ALEXA_PRINCIPAL, AlexaSkill } from './AlexaSkill.js';
import { Bastion } from './Bastion.js';
import { DbVoiceFunction } from './DbVoiceFunction.js';
import { UserManagement } from './UserManagement.js';
import { UserManagementNotifications } from './UserManagementNotifications.js';

/** Alexa waits about 8 s; the Lambda stops at 7 s and the skill plans its work for 6.5 s. */
export const SKILL_TIMEOUT_SECONDS = 7;
export const SKILL_REQUEST_BUDGET_MS = 6_500;

export interface SkillBackendProps {
  readonly settings: DbVoiceContext;
  readonly logRetention: RetentionDays;
  /** A directory from `npm run build` whose index.js exports `handler`. */
  readonly bundleDir: string;
  /** skill-package/ from `npm run model`; used only with dbvoice:createSkill. */
  readonly packageDir: string;
}

/**
 * The Alexa-facing half, in the home Region: the skill Lambda and what only it uses — its state table, the
 * notification topic, the allow-list, the Alexa trigger — and exactly the calls the skill makes
 * (src/contract/SkillAwsCalls.ts), each scoped as tightly as the API's IAM model allows.
 */
export class SkillBackend extends Construct {
  readonly skill: DbVoiceFunction;
  readonly topic: Topic;
  readonly topicKey: Key;
  readonly table: TableV2;
  /** The skill this stack created (dbvoice:createSkill), else undefined. */
  readonly alexaSkill: AlexaSkill | undefined;

  constructor(scope: Construct, id: string, props: SkillBackendProps) {
    super(scope, id);
    const { settings } = props;

    if (settings.skillIdIsPlaceholder) {
      Annotations.of(this).addWarningV2(
        'dbvoice:placeholder-skill-id',
        'dbvoice:skillId is not set: the Alexa trigger uses a placeholder id and no skill can call this Lambda. ' +
          'Deploy with -c dbvoice:createSkill=true (the stack creates the skill) or ' +
          '-c dbvoice:skillId=amzn1.ask.skill.<id> (lib/README.md, step 5).',
      );
    }

    this.topicKey = new Key(this, 'TopicKey', {
      description: 'Encrypts dbvoice notifications (check results, audit of reboots and failovers).',
      enableKeyRotation: true,
      alias: ResourceNames.topicKeyAlias,
    });
    this.topic = new Topic(this, 'Notifications', {
      topicName: ResourceNames.topicName,
      displayName: 'dbvoice',
      masterKey: this.topicKey,
      enforceSSL: true,
    });
    if (settings.notificationEmail) {
      this.topic.addSubscription(new EmailSubscription(settings.notificationEmail));
    }

    this.table = new TableV2(this, 'State', {
      partitionKey: { name: StateTableSchema.partitionKey, type: AttributeType.STRING },
      timeToLiveAttribute: StateTableSchema.timeToLiveAttribute,
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Holds MFA lockouts and notification choices: keep it if the stack goes.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    if (settings.allowedUsers.length > 0) {
      new StringListParameter(this, 'AllowedUsers', {
        parameterName: DbVoiceParameters.allowedUsers,
        stringListValue: [...settings.allowedUsers],
        description: 'Alexa user ids / person ids allowed to use dbvoice; anyone else is refused.',
      });
    }

    this.skill = new DbVoiceFunction(this, 'Skill', {
      bundleDir: props.bundleDir,
      description: 'dbvoice Alexa skill: RDS/Aurora inventory, health, checks and MFA-guarded tasks',
      timeout: Duration.seconds(SKILL_TIMEOUT_SECONDS),
      // More memory is more CPU: cold starts and SSML rendering must fit Alexa's 8 s.
      memorySize: 1024,
      logRetention: props.logRetention,
      environment: {
        // A skill this stack creates is known only after the Lambda exists: its id is in a parameter.
        ...(settings.createSkill
          ? { [SkillEnvironment.skillIdParameter]: DbVoiceParameters.skillId }
          : { [SkillEnvironment.skillId]: settings.skillId }),
        [SkillEnvironment.regions]: settings.regions.join(','),
        [SkillEnvironment.tagInstance]: settings.tagKeys.instance,
        [SkillEnvironment.tagApplication]: settings.tagKeys.application,
        [SkillEnvironment.tagEnvironment]: settings.tagKeys.environment,
        [SkillEnvironment.parameterPrefix]: settings.parameterPrefix,
        [SkillEnvironment.topicArn]: this.topic.topicArn,
        [SkillEnvironment.stateTable]: this.table.tableName,
        [SkillEnvironment.mfaAccessKeyParameter]: DbVoiceParameters.mfaAccessKeyId,
        [SkillEnvironment.mfaSecretKeyParameter]: DbVoiceParameters.mfaSecretAccessKey,
        [SkillEnvironment.mfaSerialParameter]: DbVoiceParameters.mfaSerial,
        [SkillEnvironment.allowedUsersParameter]: DbVoiceParameters.allowedUsers,
        [SkillEnvironment.requestBudgetMs]: String(SKILL_REQUEST_BUDGET_MS),
        [SkillEnvironment.scriptsDirectory]: ResourceNames.bastionScriptsDirectory,
        [SkillEnvironment.databaseUser]: settings.databaseUser,
        [SkillEnvironment.powertoolsServiceName]: 'dbvoice',
        [SkillEnvironment.powertoolsMetricsNamespace]: 'dbvoice',
        [SkillEnvironment.logLevel]: settings.logLevel,
      },
    });

    this.alexaSkill = settings.createSkill
      ? new AlexaSkill(this, 'Alexa', {
          ...settings.createSkill,
          skillFunction: this.skill.function,
          packageDir: props.packageDir,
        })
      : undefined;
    this.skill.function.addPermission('AlexaSkillTrigger', {
      principal: new ServicePrincipal(ALEXA_PRINCIPAL),
      action: 'lambda:InvokeFunction',
      // Only this skill may invoke the function (the skill also checks the id in every request).
      eventSourceToken: this.alexaSkill?.skillId ?? settings.skillId,
    });

    this.grantFleet(this.skill.function, settings.regions);
    this.grantOwnParameters(this.skill.function, settings);
    Bastion.grantRunCommand(this.skill.function, settings.regions);
    // Database users by voice: the user-management document, started in the skill's own Region.
    UserManagement.grantStartAutomation(this.skill.function, Stack.of(this).region);
    new UserManagementNotifications(this, 'UserManagementNotifications', {
      topic: this.topic,
      topicKey: this.topicKey,
    });
    this.grantPublish(this.skill.function);
    this.grantState(this.skill.function);
  }

  /**
   * The skill's RDS and CloudWatch calls in the managed Regions. Reboots and failovers reach only instances and
   * clusters that carry TaskOptInTag, so IAM backs the MFA check: a forged or mistaken confirmation cannot
   * restart a database nobody opted in.
   */
  grantFleet(grantee: IGrantable, regions: readonly string[]): void {
    const arn = (service: string, region: string, resource: string) =>
      `arn:${Aws.PARTITION}:${service}:${region}:${Aws.ACCOUNT_ID}:${resource}`;
    const optedIn = { StringEquals: { [`aws:ResourceTag/${TaskOptInTag.key}`]: TaskOptInTag.value } };
    const optInReason = (what: string) =>
      `${what} are found by tag at run time and change without a redeploy; limited to the managed Regions and ` +
      `to those tagged ${TaskOptInTag.key}=${TaskOptInTag.value}, behind MFA and confirmation in the skill.`;
    grantAwsCalls(grantee, SkillAwsCalls, {
      managedInstances: {
        sid: 'RdsInstances',
        resources: regions.map((region) => arn('rds', region, 'db:*')),
        wildcardReason:
          'The fleet is whatever carries the inventory tags and changes without a redeploy; read-only calls, ' +
          'limited to the managed Regions.',
      },
      optedInInstances: {
        sid: 'RebootOptedInInstances',
        resources: regions.map((region) => arn('rds', region, 'db:*')),
        conditions: optedIn,
        wildcardReason: optInReason('Instances'),
      },
      managedClusters: {
        sid: 'RdsClusters',
        resources: regions.map((region) => arn('rds', region, 'cluster:*')),
        wildcardReason:
          'Aurora clusters are found by tag at run time; read-only, limited to the managed Regions.',
      },
      optedInClusters: {
        sid: 'FailoverOptedInClusters',
        resources: regions.map((region) => arn('rds', region, 'cluster:*')),
        conditions: optedIn,
        wildcardReason: optInReason('Aurora clusters'),
      },
      alarms: {
        sid: 'CloudWatchAlarms',
        resources: regions.map((region) => arn('cloudwatch', region, 'alarm:*')),
        wildcardReason:
          'Alarms on the fleet are created by the DBAs, not by this app; read-only and limited to the managed Regions.',
      },
      anyResource: {
        sid: 'NoResourceLevelPermissions',
        resources: ['*'],
        wildcardReason:
          'These read-only actions support no resource-level permissions (Service Authorization Reference), so ' +
          'IAM only accepts Resource "*".',
      },
    });
  }

  /** The bastion names and settings under `<prefix>/configuration`, the MFA keys and the allow-list. */
  grantOwnParameters(grantee: IGrantable, settings: DbVoiceContext): void {
    const parameter = (region: string, name: string) =>
      `arn:${Aws.PARTITION}:ssm:${region}:${Aws.ACCOUNT_ID}:parameter${name}`;
    const regions = [...new Set([settings.homeRegion, ...settings.regions])];
    grantAwsCalls(grantee, SkillAwsCalls, {
      skillParameters: {
        sid: 'OwnParameters',
        resources: [
          ...regions.map((region) =>
            parameter(region, `${ParameterPaths.configuration(settings.parameterPrefix)}/*`),
          ),
          parameter(settings.homeRegion, `${DbVoiceParameters.root}/*`),
        ],
        wildcardReason:
          "Only the skill's own parameter paths (bastion names and settings under <prefix>/configuration, MFA " +
          'keys and allow-list under /dbvoice); per-instance database passwords under <prefix>/<instance> stay ' +
          'unreadable. SecureStrings use the aws/ssm key, whose key policy admits callers via SSM.',
      },
    });
  }

  /** Publishing to the notification topic, and the key that encrypts it. */
  grantPublish(grantee: IGrantable): void {
    grantAwsCalls(grantee, SkillAwsCalls, {
      topic: { sid: 'Notifications', resources: [this.topic.topicArn] },
      topicKey: { sid: 'NotificationsKey', resources: [this.topicKey.keyArn] },
    });
  }

  /** The skill's item-level calls on its state table (no scans, no queries, no table changes). */
  grantState(grantee: IGrantable): void {
    grantAwsCalls(grantee, SkillAwsCalls, {
      stateTable: { sid: 'State', resources: [this.table.tableArn] },
    });
  }
}
