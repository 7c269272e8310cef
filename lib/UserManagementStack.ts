import { Aws, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Peer, Port, SecurityGroup } from 'aws-cdk-lib/aws-ec2';
import { AccountPrincipal, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { LAMBDA_BUNDLES } from '../src/build/LAMBDA_BUNDLES.js';
import type { DbVoiceContext } from './config/DbVoiceContext.js';
import { ResourceNames } from './config/resourceNames.js';
import { DbVoiceFunction } from './constructs/DbVoiceFunction.js';
import { type DatabaseNetwork, resolveDatabaseNetwork } from './constructs/resolveDatabaseNetwork.js';
import { acknowledgeWildcards } from './nag/acknowledgeWildcards.js';

/** The bundle `npm run build` writes for this Lambda, relative to the project root (where cdk.json is). */
export const USER_MANAGEMENT_BUNDLE: string = LAMBDA_BUNDLES.userManagement.outdir;

/** Long enough for connect + several statements + Secrets Manager calls; Automation waits for it. */
export const USER_MANAGEMENT_TIMEOUT_SECONDS = 60;

/** The tag the Lambda puts on the secrets it creates; IAM lets it change or delete only those. */
export const MANAGED_SECRET_TAG = { key: 'created_by', value: 'dbvoice' } as const;

/** MySQL / Aurora MySQL: the only engines this Lambda manages. */
const MYSQL_PORT = 3306;

export interface UserManagementStackProps extends StackProps {
  readonly settings: DbVoiceContext;
  readonly network: DatabaseNetwork;
  readonly logRetention: RetentionDays;
  /**
   * Create the role the Automation runs as in this account. IAM roles are global, so exactly one Region's
   * stack per account creates it; it may invoke the Lambda in every managed Region.
   */
  readonly createAutomationRole: boolean;
  /** Override for tests; defaults to USER_MANAGEMENT_BUNDLE. */
  readonly bundleDir?: string;
}

/**
 * In each database account and Region: the Lambda that creates, re-grants, resets and removes MySQL users and
 * their secrets, inside the database VPC, plus (once per account) the role the central account's Automation
 * assumes to invoke it.
 */
export class UserManagementStack extends Stack {
  readonly userManagement: DbVoiceFunction;
  readonly securityGroup: SecurityGroup;
  readonly automationRole: Role | undefined;

  constructor(scope: Construct, id: string, props: UserManagementStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const { vpc, subnets, databasePeer } = resolveDatabaseNetwork(this, props.network);

    this.securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      vpc,
      description: 'dbvoice user management: MySQL to the databases, HTTPS to Secrets Manager',
      allowAllOutbound: false,
    });
    this.securityGroup.addEgressRule(Peer.anyIpv4(), Port.tcp(443), 'Secrets Manager');
    const databaseGroups = settings.databaseSecurityGroupIds[this.region] ?? [];
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
      MYSQL_TLS: 'on',
      ROTATION_DAYS: String(settings.rotationDays),
      POWERTOOLS_SERVICE_NAME: 'dbvoice-user-management',
      POWERTOOLS_METRICS_NAMESPACE: 'dbvoice',
      LOG_LEVEL: settings.logLevel,
    };
    // The master secret is named per execution (the event's rds_secret_name); masterSecretName only scopes IAM.
    if (settings.rotationLambdaArn) environment.ROTATION_LAMBDA_ARN = settings.rotationLambdaArn;

    this.userManagement = new DbVoiceFunction(this, 'UserManagement', {
      bundleDir: props.bundleDir ?? USER_MANAGEMENT_BUNDLE,
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
    new CfnOutput(this, 'UserManagementFunctionArn', { value: this.userManagement.function.functionArn });
  }

  private grantSecrets(settings: DbVoiceContext): void {
    const role = this.userManagement.role;
    const secret = (name: string) =>
      `arn:${Aws.PARTITION}:secretsmanager:${this.region}:${Aws.ACCOUNT_ID}:secret:${name}`;
    const add = (statement: PolicyStatement, wildcardReason?: string) => {
      role.addToPrincipalPolicy(statement);
      if (wildcardReason) acknowledgeWildcards(role, statement, wildcardReason);
    };
    // Secret ARNs end in -<6 random characters>.
    const masterSecrets = settings.masterSecretName
      ? [secret(`${settings.masterSecretName}-??????`), secret('rds!*')]
      : [secret('rds!*')];
    add(
      new PolicyStatement({
        sid: 'ReadMasterSecrets',
        actions: [
          'secretsmanager:GetSecretValue',
          'secretsmanager:DescribeSecret',
          'secretsmanager:GetResourcePolicy',
        ],
        resources: masterSecrets,
      }),
      'Master credentials: the configured master secret (its ARN ends in a random suffix) and RDS-managed ' +
        'master secrets, which RDS names rds!<resource-id>; the event names which one to use.',
    );

    const ownSecrets = [secret('rds-*')];
    const tagged = {
      StringEquals: { [`secretsmanager:ResourceTag/${MANAGED_SECRET_TAG.key}`]: MANAGED_SECRET_TAG.value },
    };
    const ownReason =
      'Per-user secrets are created at run time as rds-<db>-<user>-secret (a random suffix follows); names are ' +
      'not known at deploy time.';
    add(
      new PolicyStatement({
        sid: 'CreateOwnSecrets',
        actions: ['secretsmanager:CreateSecret', 'secretsmanager:TagResource'],
        resources: ownSecrets,
        conditions: {
          StringEquals: { [`aws:RequestTag/${MANAGED_SECRET_TAG.key}`]: MANAGED_SECRET_TAG.value },
        },
      }),
      `${ownReason} Creation requires the created_by=dbvoice tag.`,
    );
    add(
      new PolicyStatement({
        sid: 'InspectOwnSecrets',
        // Existence checks must see "not found" for names not yet created, so no tag condition here.
        actions: ['secretsmanager:DescribeSecret'],
        resources: ownSecrets,
      }),
      ownReason,
    );
    add(
      new PolicyStatement({
        sid: 'ChangeOwnSecrets',
        actions: [
          'secretsmanager:GetSecretValue',
          'secretsmanager:PutSecretValue',
          'secretsmanager:UpdateSecretVersionStage',
          'secretsmanager:PutResourcePolicy',
          'secretsmanager:RotateSecret',
          'secretsmanager:DeleteSecret',
          'secretsmanager:RestoreSecret',
        ],
        resources: ownSecrets,
        conditions: tagged,
      }),
      `${ownReason} Only secrets tagged created_by=dbvoice can be read, changed or deleted.`,
    );
    add(
      new PolicyStatement({
        sid: 'ListSecrets',
        actions: ['secretsmanager:ListSecrets'],
        resources: ['*'],
      }),
      'list_users finds the secrets it manages by tag; ListSecrets supports no resource-level permissions.',
    );
    add(
      new PolicyStatement({
        sid: 'FindManagedMasterSecretOwner',
        actions: ['rds:DescribeDBClusters', 'rds:DescribeDBInstances'],
        resources: [
          `arn:${Aws.PARTITION}:rds:${this.region}:${Aws.ACCOUNT_ID}:cluster:*`,
          `arn:${Aws.PARTITION}:rds:${this.region}:${Aws.ACCOUNT_ID}:db:*`,
        ],
      }),
      'RDS-managed master secrets (rds!...) hold no host: the Lambda finds the cluster or instance that owns ' +
        "the secret by describing this Region's clusters and instances, which are not known at deploy time.",
    );
    if (settings.rotationLambdaArn) {
      // RotateSecret checks that the caller may invoke the rotation function it names.
      add(
        new PolicyStatement({
          sid: 'RotationFunction',
          actions: ['lambda:InvokeFunction'],
          resources: [settings.rotationLambdaArn],
        }),
      );
    }
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
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'InvokeUserManagement',
        actions: ['lambda:InvokeFunction'],
        resources: settings.regions.map(
          (region) =>
            `arn:${Aws.PARTITION}:lambda:${region}:${Aws.ACCOUNT_ID}:function:${ResourceNames.userManagementFunctionName}`,
        ),
      }),
    );
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
