import { existsSync } from 'node:fs';
import { Annotations, Aws, CfnOutput, Stack, type StackProps, Tags, Validations } from 'aws-cdk-lib';
import {
  AmazonLinuxCpuType,
  BlockDeviceVolume,
  EbsDeviceVolumeType,
  HttpTokens,
  Instance,
  InstanceArchitecture,
  InstanceType,
  MachineImage,
  Peer,
  Port,
  SecurityGroup,
  UserData,
} from 'aws-cdk-lib/aws-ec2';
import { ManagedPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import type { DbVoiceContext } from './config/DbVoiceContext.js';
import { bastionName, bastionParameterName, ResourceNames } from './config/resourceNames.js';
import { type DatabaseNetwork, resolveDatabaseNetwork } from './constructs/resolveDatabaseNetwork.js';
import { acknowledgeWildcards } from './nag/acknowledgeWildcards.js';

/** sql-scripts/ relative to the project root (where cdk.json is). */
export const SQL_SCRIPTS_DIRECTORY = 'sql-scripts';

/**
 * Parameters under `<prefix>/<instance>/` that sql-scripts/run-check reads: the database password
 * (SecureString) or the name of a Secrets Manager secret holding it. Nothing else under the prefix is readable
 * from the bastion.
 */
export const BASTION_READABLE_PARAMETERS = ['dbpassword', 'secret-name'] as const;

export interface BastionStackProps extends StackProps {
  readonly settings: DbVoiceContext;
  readonly network: DatabaseNetwork;
  /** Override for tests; defaults to SQL_SCRIPTS_DIRECTORY. */
  readonly scriptsDirectory?: string;
}

/**
 * One per managed Region: an SSM-managed instance in a private subnet of the database VPC that runs the SQL
 * checks (sql-scripts/run-check) when the skill sends AWS-RunShellScript. It accepts no inbound traffic at
 * all — Run Command reaches it through the SSM Agent's outbound channel — and it is stateless: a new AMI or
 * new scripts replace it, keeping its Name tag, which is how the skill finds it.
 */
export class BastionStack extends Stack {
  readonly instance: Instance;
  readonly securityGroup: SecurityGroup;

  constructor(scope: Construct, id: string, props: BastionStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const region = this.region;
    const name = bastionName(region);
    const { vpc, subnets, databasePeer } = resolveDatabaseNetwork(this, props.network);

    this.securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      vpc,
      description: 'dbvoice bastion: no inbound rules; HTTPS to AWS APIs and database ports out',
      allowAllOutbound: false,
    });
    // SSM Agent, S3 (scripts, package repositories) and SNS are all HTTPS.
    this.securityGroup.addEgressRule(Peer.anyIpv4(), Port.tcp(443), 'AWS APIs and package repositories');
    const databaseGroups = settings.databaseSecurityGroupIds[region] ?? [];
    for (const [index, groupId] of databaseGroups.entries()) {
      const group = SecurityGroup.fromSecurityGroupId(this, `DatabaseSecurityGroup${index}`, groupId, {
        mutable: true,
      });
      for (const port of settings.databasePorts) {
        // Adds the bastion's egress rule and the database group's ingress rule (from the bastion group only).
        this.securityGroup.connections.allowTo(
          group,
          Port.tcp(port),
          `dbvoice bastion to databases on ${port}`,
        );
      }
    }
    if (databaseGroups.length === 0) {
      for (const port of settings.databasePorts) {
        this.securityGroup.addEgressRule(databasePeer, Port.tcp(port), `databases on ${port}`);
      }
    }

    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('ec2.amazonaws.com'),
      description: `dbvoice bastion in ${region}: SSM Agent, database passwords, notifications`,
      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')],
    });
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore]',
      reason:
        'The SSM Agent needs exactly this AWS-maintained policy to register and receive Run Command; AWS updates ' +
        'it with the agent, which a copied inline policy would not track.',
    });
    this.grantRunnerCalls(role, settings);

    const instanceType = new InstanceType(settings.bastionInstanceType);
    const userData = UserData.forLinux();
    const scriptsPath = props.scriptsDirectory ?? SQL_SCRIPTS_DIRECTORY;
    this.installClients(userData);
    if (existsSync(scriptsPath)) {
      this.installScripts(userData, role, scriptsPath);
    } else {
      Annotations.of(this).addError(
        `${scriptsPath}/ is missing: the bastion would have no checks to run. Run cdk from the project root.`,
      );
    }

    this.instance = new Instance(this, 'Bastion', {
      vpc,
      vpcSubnets: subnets,
      instanceName: name,
      instanceType,
      machineImage: MachineImage.latestAmazonLinux2023({
        cpuType:
          instanceType.architecture === InstanceArchitecture.ARM_64
            ? AmazonLinuxCpuType.ARM_64
            : AmazonLinuxCpuType.X86_64,
      }),
      securityGroup: this.securityGroup,
      role,
      userData,
      // New scripts only reach the instance at boot; the bastion keeps no state, so replace it.
      userDataCausesReplacement: true,
      associatePublicIpAddress: false,
      httpTokens: HttpTokens.REQUIRED,
      httpPutResponseHopLimit: 1,
      detailedMonitoring: true,
      propagateTagsToVolumeOnCreation: true,
      blockDevices: [
        {
          deviceName: '/dev/xvda',
          volume: BlockDeviceVolume.ebs(20, {
            encrypted: true,
            volumeType: EbsDeviceVolumeType.GP3,
            deleteOnTermination: true,
          }),
        },
      ],
    });
    Tags.of(this.instance).add('dbvoice:role', 'bastion');
    Validations.of(this.instance).acknowledge({
      id: 'CloudFormation-Validate::W3010',
      reason:
        'CDK copies the zone of the chosen subnet onto the instance; for an imported VPC that zone comes from ' +
        'dbvoice:networks, where it must match the subnet anyway.',
    });
    Validations.of(this.instance).acknowledge({
      id: 'AwsSolutions-EC29',
      reason:
        'The bastion is stateless and CloudFormation replaces it whenever its scripts or AMI change; termination ' +
        'protection would make every such update fail.',
    });

    new StringParameter(this, 'BastionName', {
      parameterName: bastionParameterName(settings.parameterPrefix, region),
      stringValue: name,
      description: `Name tag of the dbvoice bastion in ${region}; the skill sends checks to this instance.`,
    });
    new CfnOutput(this, 'BastionInstanceId', { value: this.instance.instanceId });
  }

  /** MySQL/MariaDB and PostgreSQL clients from the Amazon Linux repositories (Oracle/SQL Server: lib/README.md). */
  private installClients(userData: UserData): void {
    userData.addCommands(
      'set -euo pipefail',
      // A client that fails to install must not stop the scripts from being installed.
      'dnf install -y --setopt=install_weak_deps=False unzip jq || true',
      'dnf install -y --setopt=install_weak_deps=False mariadb105 || echo "dbvoice: MariaDB client not installed" >&2',
      'dnf install -y --setopt=install_weak_deps=False postgresql16 || dnf install -y postgresql15 || ' +
        'echo "dbvoice: PostgreSQL client not installed" >&2',
    );
  }

  private installScripts(userData: UserData, role: Role, scriptsPath: string): void {
    const scripts = new Asset(this, 'SqlScripts', { path: scriptsPath });
    // Exactly this version of the archive: its key is a content hash, so every change is a new object.
    role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'SqlScriptsArchive',
        actions: ['s3:GetObject'],
        resources: [scripts.bucket.arnForObjects(scripts.s3ObjectKey)],
      }),
    );
    const archive = userData.addS3DownloadCommand({
      bucket: scripts.bucket,
      bucketKey: scripts.s3ObjectKey,
      localFile: '/tmp/dbvoice-sql-scripts.zip',
      region: this.region,
    });
    const target = ResourceNames.bastionScriptsDirectory;
    userData.addCommands(
      `rm -rf ${target} && mkdir -p ${target}`,
      `unzip -q -o ${archive} -d ${target} && rm -f ${archive}`,
      // Run Command runs as root; nobody else on the box needs the scripts.
      `chown -R root:root ${target} && chmod -R go-rwx ${target}`,
      `find ${target} -type f \\( -name run-check -o -name '*.sh' \\) -exec chmod 0700 {} +`,
    );
  }

  private grantRunnerCalls(role: Role, settings: DbVoiceContext): void {
    const region = this.region;
    const account = Aws.ACCOUNT_ID;
    const partition = Aws.PARTITION;
    const add = (statement: PolicyStatement, wildcardReason?: string) => {
      role.addToPrincipalPolicy(statement);
      if (wildcardReason) acknowledgeWildcards(role, statement, wildcardReason);
    };

    add(
      new PolicyStatement({
        sid: 'DatabasePasswords',
        actions: ['ssm:GetParameter'],
        resources: BASTION_READABLE_PARAMETERS.map(
          (leaf) =>
            `arn:${partition}:ssm:${region}:${account}:parameter${settings.parameterPrefix}/*/${leaf}`,
        ),
      }),
      'One password parameter per database instance, created by the DBAs as instances come and go; the pattern ' +
        'admits only the password (or secret-name) leaf under each instance.',
    );
    add(
      new PolicyStatement({
        sid: 'DatabaseSecrets',
        actions: ['secretsmanager:GetSecretValue'],
        resources: [
          `arn:${partition}:secretsmanager:${region}:${account}:secret:rds-*`,
          `arn:${partition}:secretsmanager:${region}:${account}:secret:rds!*`,
          ...(settings.masterSecretName
            ? [
                `arn:${partition}:secretsmanager:${region}:${account}:secret:${settings.masterSecretName}-??????`,
              ]
            : []),
        ],
      }),
      'Database credentials are per instance and per user: RDS-managed master secrets are named rds!<id>, ' +
        'dbvoice user secrets rds-<db>-<user>-secret, plus the configured master secret, each with a random ' +
        'suffix; no other secret is readable.',
    );

    // The topic and its key live in the home Region; CloudFormation cannot reference them from here.
    const home = settings.homeRegion;
    add(
      new PolicyStatement({
        sid: 'Notifications',
        actions: ['sns:Publish'],
        resources: [`arn:${partition}:sns:${home}:${account}:${ResourceNames.topicName}`],
      }),
    );
    add(
      new PolicyStatement({
        sid: 'NotificationsKey',
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: [`arn:${partition}:kms:${home}:${account}:key/*`],
        conditions: {
          StringEquals: { 'kms:ViaService': `sns.${home}.amazonaws.com` },
          'ForAnyValue:StringEquals': { 'kms:ResourceAliases': ResourceNames.topicKeyAlias },
        },
      }),
      'The topic key is in the home Region and its id is unknown here; the conditions admit only the key ' +
        'with the dbvoice notifications alias, and only when SNS uses it.',
    );
  }
}
