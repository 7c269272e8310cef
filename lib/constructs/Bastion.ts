import { existsSync } from 'node:fs';
import { Annotations, Aws, RemovalPolicy, Stack, Tags, Validations } from 'aws-cdk-lib';
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
import { type IGrantable, ManagedPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { BastionAwsCalls } from '../../src/contract/BastionAwsCalls.js';
import { ManagedSecretTags } from '../../src/contract/ManagedSecretTags.js';
import { ParameterPaths } from '../../src/contract/ParameterPaths.js';
import { ResourceNames } from '../../src/contract/ResourceNames.js';
import { SecretNames } from '../../src/contract/SecretNames.js';
import { SkillAwsCalls } from '../../src/contract/SkillAwsCalls.js';
import type { DbVoiceContext } from '../config/DbVoiceContext.js';
import { acknowledgeWildcards } from '../iam/acknowledgeWildcards.js';
import { grantAwsCalls } from '../iam/grantAwsCalls.js';
import { BastionPatching } from './BastionPatching.js';
import { type DatabaseNetwork, resolveDatabaseNetwork } from './resolveDatabaseNetwork.js';
import { SessionManagerPreferences } from './SessionManagerPreferences.js';

export interface BastionProps {
  readonly settings: DbVoiceContext;
  readonly network: DatabaseNetwork;
  /** sql-scripts/ relative to the project root (where cdk.json is). */
  readonly scriptsDirectory: string;
  readonly logRetention: RetentionDays;
}

/**
 * An SSM-managed instance in a private subnet of the database VPC that runs the SQL checks
 * (sql-scripts/run-check) when the skill sends AWS-RunShellScript. It accepts no inbound traffic at all — Run
 * Command reaches it through the SSM Agent's outbound channel — and it is stateless: a new AMI or new scripts
 * replace it, keeping its Name tag, which is how the skill finds it. What happens on it is recorded: command
 * output and Session Manager transcripts go to CloudWatch Logs (KMS-encrypted), sessions run as an
 * unprivileged user, and a maintenance window patches it.
 */
export class Bastion extends Construct {
  /**
   * Lets `grantee` run the checks on the bastions of `regions`: SendCommand through AWS-RunShellScript, to
   * instances whose Name tag is a bastion's. Bastions are replaced whenever their scripts change, so the
   * grant names them by tag, which also lets a Lambda in the home Region reach bastions in other Regions.
   */
  static grantRunCommand(grantee: IGrantable, regions: readonly string[]): void {
    const arn = (service: string, region: string, resource: string, account: string = Aws.ACCOUNT_ID) =>
      `arn:${Aws.PARTITION}:${service}:${region}:${account}:${resource}`;
    grantAwsCalls(grantee, SkillAwsCalls, {
      checksDocument: {
        sid: 'RunChecksDocument',
        resources: regions.map((region) =>
          arn('ssm', region, `document/${ResourceNames.runShellScriptDocument}`, ''),
        ),
      },
      bastionInstances: {
        sid: 'RunChecksOnBastionsOnly',
        resources: regions.map((region) => arn('ec2', region, 'instance/*')),
        conditions: { StringEquals: { 'ssm:resourceTag/Name': regions.map(ResourceNames.bastionName) } },
        wildcardReason:
          'Bastions are replaced whenever their scripts change, so their instance ids are unknown at deploy time; ' +
          'the condition admits only instances whose Name tag is one of the bastion names.',
      },
    });
  }

  readonly instance: Instance;
  readonly securityGroup: SecurityGroup;
  readonly role: Role;
  /** Output of every command run on the bastion (checks, patching), under a name the skill knows. */
  readonly commandLogs: LogGroup;
  /** Session Manager transcripts. */
  readonly sessionLogs: LogGroup;
  /** Encrypts both log groups and Session Manager's session data. */
  readonly logKey: Key;

  constructor(scope: Construct, id: string, props: BastionProps) {
    super(scope, id);
    const { settings } = props;
    const region = Stack.of(this).region;
    const name = ResourceNames.bastionName(region);
    const { vpc, subnets, databasePeer } = resolveDatabaseNetwork(this, props.network);

    this.securityGroup = new SecurityGroup(this, 'SecurityGroup', {
      vpc,
      description: 'dbvoice bastion: no inbound rules; HTTPS to AWS APIs and database ports out',
      allowAllOutbound: false,
    });
    // SSM Agent, S3 (scripts, package repositories), CloudWatch Logs and SNS are all HTTPS.
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

    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('ec2.amazonaws.com'),
      description: `dbvoice bastion in ${region}: SSM Agent, database passwords, notifications, logs`,
      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')],
    });
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore]',
      reason:
        'The SSM Agent needs exactly this AWS-maintained policy to register and receive Run Command; AWS updates ' +
        'it with the agent, which a copied inline policy would not track.',
    });
    this.grantRunnerCalls(settings);

    this.logKey = new Key(this, 'LogKey', {
      description: `Encrypts the dbvoice bastion's command output, session transcripts and session data in ${region}.`,
      enableKeyRotation: true,
      // Session transcripts are kept when the stack goes; they stay readable only with this key.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.logKey.grantEncryptDecrypt(new ServicePrincipal(`logs.${region}.amazonaws.com`));
    this.commandLogs = new LogGroup(this, 'CommandLogs', {
      logGroupName: ResourceNames.bastionCommandLogGroup,
      encryptionKey: this.logKey,
      retention: props.logRetention,
      // Under a fixed name, so a kept group would stop the stack from being created again.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.sessionLogs = new LogGroup(this, 'SessionLogs', {
      encryptionKey: this.logKey,
      retention: props.logRetention,
      // Who did what on the bastion: a record, kept when the stack goes.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.grantLogging();

    const instanceType = new InstanceType(settings.bastionInstanceType);
    const userData = UserData.forLinux();
    userData.addCommands(
      'set -euo pipefail',
      // Session Manager runs every session as this user (SSM-SessionManagerRunShell runAsDefaultUser):
      // no sudo, no password, and the scripts below stay root-only.
      `id -u ${ResourceNames.bastionSessionUser} >/dev/null 2>&1 || useradd --create-home --shell /bin/bash ${ResourceNames.bastionSessionUser}`,
    );
    this.installClients(userData);
    if (existsSync(props.scriptsDirectory)) {
      this.installScripts(userData, props.scriptsDirectory);
    } else {
      Annotations.of(this).addError(
        `${props.scriptsDirectory}/ is missing: the bastion would have no checks to run. Run cdk from the project root.`,
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
      role: this.role,
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
    Tags.of(this.instance).add(ResourceNames.bastionRoleTag.key, ResourceNames.bastionRoleTag.value);
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
      parameterName: ParameterPaths.bastion(settings.parameterPrefix, region),
      stringValue: name,
      description: `Name tag of the dbvoice bastion in ${region}; the skill sends checks to this instance.`,
    });

    if (settings.sessionManagerPreferences) {
      new SessionManagerPreferences(this, 'SessionPreferences', {
        logGroup: this.sessionLogs,
        key: this.logKey,
        runAsUser: ResourceNames.bastionSessionUser,
        idleTimeoutMinutes: settings.sessionIdleTimeoutMinutes,
      });
    }
    new BastionPatching(this, 'Patching', {
      schedule: settings.patchSchedule,
      target: ResourceNames.bastionRoleTag,
      outputLogGroup: this.commandLogs,
    });
  }

  /** Lets `grantee` run the checks on this bastion (see the static grantRunCommand). */
  grantRunCommand(grantee: IGrantable): void {
    Bastion.grantRunCommand(grantee, [Stack.of(this).region]);
  }

  /** MySQL/MariaDB and PostgreSQL clients from the Amazon Linux repositories (Oracle/SQL Server: lib/README.md). */
  private installClients(userData: UserData): void {
    userData.addCommands(
      // A client that fails to install must not stop the scripts from being installed.
      'dnf install -y --setopt=install_weak_deps=False unzip jq || true',
      'dnf install -y --setopt=install_weak_deps=False mariadb105 || echo "dbvoice: MariaDB client not installed" >&2',
      'dnf install -y --setopt=install_weak_deps=False postgresql16 || dnf install -y postgresql15 || ' +
        'echo "dbvoice: PostgreSQL client not installed" >&2',
    );
  }

  private installScripts(userData: UserData, scriptsPath: string): void {
    const scripts = new Asset(this, 'SqlScripts', { path: scriptsPath });
    // Exactly this version of the archive: its key is a content hash, so every change is a new object.
    this.role.addToPrincipalPolicy(
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
      region: Stack.of(this).region,
    });
    const target = ResourceNames.bastionScriptsDirectory;
    userData.addCommands(
      `rm -rf ${target} && mkdir -p ${target}`,
      `unzip -q -o ${archive} -d ${target} && rm -f ${archive}`,
      // Run Command runs as root; nobody else on the box (the session user included) needs the scripts.
      `chown -R root:root ${target} && chmod -R go-rwx ${target}`,
      `find ${target} -type f \\( -name run-check -o -name '*.sh' \\) -exec chmod 0700 {} +`,
    );
  }

  /** What sql-scripts/run-check calls (BastionAwsCalls), each scoped to what the checks need. */
  private grantRunnerCalls(settings: DbVoiceContext): void {
    const region = Stack.of(this).region;
    const arn = (service: string, where: string, resource: string) =>
      `arn:${Aws.PARTITION}:${service}:${where}:${Aws.ACCOUNT_ID}:${resource}`;
    // The topic and its key live in the home Region; CloudFormation cannot reference them from here.
    const home = settings.homeRegion;
    grantAwsCalls(this.role, BastionAwsCalls, {
      databasePasswordParameters: {
        sid: 'DatabasePasswords',
        resources: ParameterPaths.instanceLeaves.map((leaf) =>
          arn('ssm', region, `parameter${settings.parameterPrefix}/*/${leaf}`),
        ),
        wildcardReason:
          'One password parameter per database instance, created by the DBAs as instances come and go; the ' +
          'pattern admits only the password (or secret-name) leaf under each instance.',
      },
      monitoringUserSecrets: {
        sid: 'MonitoringUserSecrets',
        resources: [arn('secretsmanager', region, `secret:${SecretNames.userSecretPrefix}*`)],
        conditions: {
          StringEquals: {
            [`secretsmanager:ResourceTag/${ManagedSecretTags.username}`]: settings.databaseUser,
          },
        },
        wildcardReason:
          'Secrets of the monitoring user are per database and created at run time (rds-<db>-<user>-secret with ' +
          'a random suffix); the tag condition admits only those whose username tag is the monitoring user, ' +
          'never another dbvoice user or a master secret.',
      },
      homeTopic: {
        sid: 'Notifications',
        resources: [`arn:${Aws.PARTITION}:sns:${home}:${Aws.ACCOUNT_ID}:${ResourceNames.topicName}`],
      },
      homeTopicKey: {
        sid: 'NotificationsKey',
        resources: [arn('kms', home, 'key/*')],
        conditions: {
          StringEquals: { 'kms:ViaService': `sns.${home}.amazonaws.com` },
          'ForAnyValue:StringEquals': { 'kms:ResourceAliases': ResourceNames.topicKeyAlias },
        },
        wildcardReason:
          'The topic key is in the home Region and its id is unknown here; the conditions admit only the key ' +
          'with the dbvoice notifications alias, and only when SNS uses it.',
      },
    });
  }

  /** The SSM Agent writes command output and session transcripts itself, with the instance's role. */
  private grantLogging(): void {
    const region = Stack.of(this).region;
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'WriteBastionLogs',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
        resources: [this.commandLogs.logGroupArn, this.sessionLogs.logGroupArn],
      }),
    );
    const describe = new PolicyStatement({
      sid: 'CheckSessionLogEncryption',
      actions: ['logs:DescribeLogGroups'],
      resources: [`arn:${Aws.PARTITION}:logs:${region}:${Aws.ACCOUNT_ID}:log-group:*`],
    });
    this.role.addToPrincipalPolicy(describe);
    acknowledgeWildcards(
      this.role,
      describe,
      'Before it streams a session, the SSM Agent checks with DescribeLogGroups that the log group is ' +
        'encrypted; the action reads names and settings, no log data.',
    );
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        // Session data is encrypted end to end with the key named in the preferences.
        sid: 'SessionDataKey',
        actions: ['kms:Decrypt'],
        resources: [this.logKey.keyArn],
      }),
    );
  }
}
