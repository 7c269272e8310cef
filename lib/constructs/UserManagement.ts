import { Aws, Duration, Stack } from 'aws-cdk-lib';
import { Peer, Port, SecurityGroup } from 'aws-cdk-lib/aws-ec2';
import {
  AccountPrincipal,
  Effect,
  type IGrantable,
  PolicyStatement,
  Role,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ManagedSecretTags } from '../../src/contract/ManagedSecretTags.js';
import { ResourceNames } from '../../src/contract/ResourceNames.js';
import { SecretNames } from '../../src/contract/SecretNames.js';
import { SkillAwsCalls } from '../../src/contract/SkillAwsCalls.js';
import { UserManagementAwsCalls } from '../../src/contract/UserManagementAwsCalls.js';
import { UserManagementEnvironment } from '../../src/contract/UserManagementEnvironment.js';
import type { DbVoiceContext } from '../config/DbVoiceContext.js';
import { acknowledgeWildcards } from '../iam/acknowledgeWildcards.js';
import { grantAwsCalls } from '../iam/grantAwsCalls.js';
import { DbVoiceFunction } from './DbVoiceFunction.js';
import { type DatabaseNetwork, resolveDatabaseNetwork } from './resolveDatabaseNetwork.js';

/** Long enough for connect + several statements + Secrets Manager calls; Automation waits for it. */
export const USER_MANAGEMENT_TIMEOUT_SECONDS = 60;

/** MySQL / Aurora MySQL: the only engines this Lambda manages. */
const MYSQL_PORT = 3306;

export interface UserManagementProps {
  readonly settings: DbVoiceContext;
  readonly network: DatabaseNetwork;
  readonly logRetention: RetentionDays;
  /** A directory from `npm run build` whose index.js exports `handler`. */
  readonly bundleDir: string;
  /**
   * Create the role the Automation runs as in this account. IAM roles are global, so exactly one Region's
   * stack per account creates it; it may invoke the Lambda in every managed Region.
   */
  readonly createAutomationRole: boolean;
}

/**
 * In one database account and Region: the Lambda that creates, re-grants, resets and removes MySQL users and
 * their secrets, inside the database VPC, holding exactly the calls it makes
 * (src/contract/UserManagementAwsCalls.ts), plus (once per account) the role the central account's
 * Automation document assumes to invoke it.
 */
export class UserManagement extends Construct {
  readonly handler: DbVoiceFunction;
  readonly securityGroup: SecurityGroup;
  readonly automationRole: Role | undefined;

  constructor(scope: Construct, id: string, props: UserManagementProps) {
    super(scope, id);
    const { settings } = props;
    const region = Stack.of(this).region;
    const { vpc, subnets, databasePeer } = resolveDatabaseNetwork(this, props.network);

    this.securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      vpc,
      description: 'dbvoice user management: MySQL to the databases, HTTPS to Secrets Manager',
      allowAllOutbound: false,
    });
    this.securityGroup.addEgressRule(Peer.anyIpv4(), Port.tcp(443), 'Secrets Manager');
    const databaseGroups = settings.databaseSecurityGroupIds[region] ?? [];
    for (const [index, groupId] of databaseGroups.entries()) {
      const group = SecurityGroup.fromSecurityGroupId(this, `DatabaseSecurityGroup${index}`, groupId, {
        mutable: true,
      });
      this.securityGroup.connections.allowTo(group, Port.tcp(MYSQL_PORT), 'dbvoice user management to MySQL');
    }
    if (databaseGroups.length === 0) {
      this.securityGroup.addEgressRule(databasePeer, Port.tcp(MYSQL_PORT), 'MySQL databases');
    }

    const environment: Record<string, string> = {
      [UserManagementEnvironment.mysqlTls]: 'on',
      [UserManagementEnvironment.rotationDays]: String(settings.rotationDays),
      [UserManagementEnvironment.powertoolsServiceName]: 'dbvoice-user-management',
      [UserManagementEnvironment.powertoolsMetricsNamespace]: 'dbvoice',
      [UserManagementEnvironment.logLevel]: settings.logLevel,
    };
    // The master secret is named per execution (the event's rds_secret_name); masterSecretName only scopes IAM.
    if (settings.rotationLambdaArn) {
      environment[UserManagementEnvironment.rotationLambdaArn] = settings.rotationLambdaArn;
    }

    this.handler = new DbVoiceFunction(this, 'UserManagement', {
      bundleDir: props.bundleDir,
      description: 'dbvoice user management: MySQL users and their Secrets Manager secrets',
      functionName: ResourceNames.userManagementFunctionName,
      timeout: Duration.seconds(USER_MANAGEMENT_TIMEOUT_SECONDS),
      logRetention: props.logRetention,
      vpc,
      vpcSubnets: subnets,
      securityGroups: [this.securityGroup],
      environment,
    });
    this.grantSecrets(settings);

    this.automationRole = props.createAutomationRole ? this.createAutomationRole(settings) : undefined;
  }

  /** Lets `grantee` invoke the user-management Lambda of every managed Region (it has one name everywhere). */
  static grantInvoke(grantee: IGrantable, regions: readonly string[]): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'InvokeUserManagement',
        actions: ['lambda:InvokeFunction'],
        resources: regions.map(
          (region) =>
            `arn:${Aws.PARTITION}:lambda:${region}:${Aws.ACCOUNT_ID}:function:${ResourceNames.userManagementFunctionName}`,
        ),
      }),
    );
  }

  /**
   * Lets the skill start the user-management Automation, and only that document (any version), in its home
   * Region, where the tooling stack deploys it, and read its executions back. The execution runs in the
   * instance's account and Region (TargetLocations), so Automation acts as the administration role, which
   * the caller passes; the execution role in the target account does the rest and stays as it is.
   */
  static grantStartAutomation(grantee: IGrantable, homeRegion: string): void {
    const ssm = (resource: string) => `arn:${Aws.PARTITION}:ssm:${homeRegion}:${Aws.ACCOUNT_ID}:${resource}`;
    grantAwsCalls(grantee, SkillAwsCalls, {
      userManagementDocument: {
        sid: 'StartUserManagementAutomation',
        resources: [ssm(`automation-definition/${ResourceNames.userManagementDocumentName}:*`)],
        wildcardReason:
          'Only the dbvoice user-management document; the wildcard is its version, which grows with each deployment.',
      },
      automationExecutions: {
        sid: 'ReadAutomationExecutions',
        resources: [ssm('automation-execution/*')],
        wildcardReason: 'Execution ids are generated per run; read-only, in the home Region.',
      },
      automationAdministrationRole: {
        sid: 'PassAutomationAdministrationRole',
        resources: [
          `arn:${Aws.PARTITION}:iam::${Aws.ACCOUNT_ID}:role/${ResourceNames.automationAdministrationRoleName}`,
        ],
        conditions: { StringEquals: { 'iam:PassedToService': 'ssm.amazonaws.com' } },
      },
    });
  }

  private grantSecrets(settings: DbVoiceContext): void {
    const role = this.handler.role;
    const region = Stack.of(this).region;
    const secret = (name: string) =>
      `arn:${Aws.PARTITION}:secretsmanager:${region}:${Aws.ACCOUNT_ID}:secret:${name}`;
    const createdBy = ManagedSecretTags.createdBy;
    // Secret ARNs end in -<6 random characters>.
    const userSecrets = [secret(`${SecretNames.userSecretPrefix}*`)];
    const ownReason =
      'Per-user secrets are created at run time as rds-<db>-<user>-secret (a random suffix follows); names are ' +
      'not known at deploy time.';
    grantAwsCalls(role, UserManagementAwsCalls, {
      masterSecrets: {
        sid: 'ReadMasterSecrets',
        resources: [
          ...(settings.masterSecretName ? [secret(`${settings.masterSecretName}-??????`)] : []),
          secret(`${SecretNames.rdsManagedPrefix}*`),
        ],
        wildcardReason:
          'Master credentials: the configured master secret (its ARN ends in a random suffix) and RDS-managed ' +
          'master secrets, which RDS names rds!<resource-id>; the event names which one to use.',
      },
      userSecretNames: {
        // Existence checks must see "not found" for names not yet created, so no tag condition here.
        sid: 'InspectOwnSecrets',
        resources: userSecrets,
        wildcardReason: ownReason,
      },
      newSecrets: {
        sid: 'CreateOwnSecrets',
        resources: userSecrets,
        conditions: { StringEquals: { [`aws:RequestTag/${createdBy.key}`]: createdBy.value } },
        wildcardReason: `${ownReason} Creation requires the ${createdBy.key}=${createdBy.value} tag.`,
      },
      ownSecrets: {
        sid: 'ChangeOwnSecrets',
        resources: userSecrets,
        conditions: { StringEquals: { [`secretsmanager:ResourceTag/${createdBy.key}`]: createdBy.value } },
        wildcardReason: `${ownReason} Only secrets tagged ${createdBy.key}=${createdBy.value} can be read, changed or deleted.`,
      },
      anyResource: {
        sid: 'ListSecrets',
        resources: ['*'],
        wildcardReason:
          'list_users finds the secrets it manages by tag; ListSecrets supports no resource-level permissions.',
      },
      regionDatabases: {
        sid: 'FindManagedMasterSecretOwner',
        resources: [
          `arn:${Aws.PARTITION}:rds:${region}:${Aws.ACCOUNT_ID}:cluster:*`,
          `arn:${Aws.PARTITION}:rds:${region}:${Aws.ACCOUNT_ID}:db:*`,
        ],
        wildcardReason:
          'RDS-managed master secrets (rds!...) hold no host: the Lambda finds the cluster or instance that owns ' +
          "the secret by describing this Region's clusters and instances, which are not known at deploy time.",
      },
      ...(settings.rotationLambdaArn
        ? { rotationFunction: { sid: 'RotationFunction', resources: [settings.rotationLambdaArn] } }
        : {}),
    });

    // TagResource is allowed above only because CreateSecret with tags is authorised as TagResource too; for
    // that call the new secret's tags are the request's, so created_by=dbvoice is present. A TagResource or
    // UntagResource on a secret that already exists without that tag (to claim someone else's rds-... secret,
    // then read or delete it) has no such resource tag, and this statement refuses it whatever else allows it.
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'TagOnlyOwnSecrets',
        effect: Effect.DENY,
        actions: ['secretsmanager:TagResource', 'secretsmanager:UntagResource'],
        resources: ['*'],
        conditions: { StringNotEquals: { [`secretsmanager:ResourceTag/${createdBy.key}`]: createdBy.value } },
      }),
    );
  }

  private createAutomationRole(settings: DbVoiceContext): Role {
    const central = settings.centralAccount ?? Aws.ACCOUNT_ID;
    const role = new Role(this, 'AutomationExecutionRole', {
      roleName: ResourceNames.automationExecutionRoleName,
      // Single-account executions: the document's AutomationAssumeRole, for this account's executions only.
      assumedBy: new ServicePrincipal('ssm.amazonaws.com').withConditions({
        StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:ssm:*:${Aws.ACCOUNT_ID}:automation-execution/*` },
      }),
      description: 'Assumed by the dbvoice user-management Automation to invoke the user-management Lambda',
    });
    // Multi-account executions: the central account's Automation administration role. Named by condition,
    // not as the principal, so this stack deploys before the central account's role exists.
    role.assumeRolePolicy?.addStatements(
      new PolicyStatement({
        actions: ['sts:AssumeRole'],
        principals: [new AccountPrincipal(central)],
        conditions: {
          ArnEquals: {
            'aws:PrincipalArn': `arn:${Aws.PARTITION}:iam::${central}:role/${ResourceNames.automationAdministrationRoleName}`,
          },
        },
      }),
    );
    UserManagement.grantInvoke(role, settings.regions);
    const runAutomation = new PolicyStatement({
      sid: 'RunUserManagementAutomation',
      // The administration role starts the per-account, per-Region child executions as this role.
      actions: [
        'ssm:StartAutomationExecution',
        'ssm:StopAutomationExecution',
        'ssm:GetAutomationExecution',
        'ssm:DescribeAutomationStepExecutions',
      ],
      resources: [
        `arn:${Aws.PARTITION}:ssm:*:${Aws.ACCOUNT_ID}:automation-execution/*`,
        `arn:${Aws.PARTITION}:ssm:*:${central}:automation-definition/${ResourceNames.userManagementDocumentName}:*`,
        `arn:${Aws.PARTITION}:ssm:*:${central}:document/${ResourceNames.userManagementDocumentName}`,
      ],
    });
    role.addToPrincipalPolicy(runAutomation);
    acknowledgeWildcards(
      role,
      runAutomation,
      'Execution ids are generated per run, and the child executions run in every managed Region; only the ' +
        'dbvoice user-management document (any version) can be run.',
    );
    // Automation passes this role on to the child executions it starts.
    role.addToPrincipalPolicy(
      new PolicyStatement({ sid: 'PassSelf', actions: ['iam:PassRole'], resources: [role.roleArn] }),
    );
    return role;
  }
}
