import { type Stage, Token } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnSecurityGroup } from 'aws-cdk-lib/aws-ec2';
import { beforeAll, describe, expect, it } from 'vitest';
import { BastionStack, SQL_SCRIPTS_DIRECTORY } from '../../lib/BastionStack.js';
import { SESSION_PREFERENCES_DOCUMENT } from '../../lib/constructs/SessionManagerPreferences.js';
import { DEFAULT_NETWORK_CIDR, NetworkStack } from '../../lib/NetworkStack.js';
import { ManagedSecretTags } from '../../src/contract/ManagedSecretTags.js';
import { ResourceNames } from '../../src/contract/ResourceNames.js';
import { allowStatements, asList, overlyBroadStatements } from './fixtures/iamStatements.js';
import { LOG_RETENTION, nagFindings, SYNTH_TIMEOUT_MS, testApp } from './fixtures/testApp.js';

describe('Stack: BastionStack', () => {
  let network: NetworkStack;
  let standIn: BastionStack;
  let inDatabaseVpc: BastionStack;
  const templates: Record<'network' | 'standIn' | 'inDatabaseVpc', Template> = {} as never;

  beforeAll(() => {
    // Prepare: us-east-1 has no network context (stand-in VPC), eu-west-1 names its database VPC and SG.
    const { app, settings } = testApp();
    network = new NetworkStack(app, 'Network', {
      env: { account: '111122223333', region: 'us-east-1' },
      logRetention: LOG_RETENTION,
    });
    standIn = new BastionStack(app, 'BastionUsEast1', {
      env: { account: '111122223333', region: 'us-east-1' },
      settings,
      network: { kind: 'vpc', vpc: network.vpc, cidr: DEFAULT_NETWORK_CIDR },
    });
    inDatabaseVpc = new BastionStack(app, 'BastionEuWest1', {
      // With an account, ARNs carry it literally: the nag acknowledgements must follow.
      env: { account: '111122223333', region: 'eu-west-1' },
      settings,
      network: { kind: 'context', network: settings.networks['eu-west-1']! },
    });
    templates.network = Template.fromStack(network);
    templates.standIn = Template.fromStack(standIn);
    templates.inDatabaseVpc = Template.fromStack(inDatabaseVpc);
  }, SYNTH_TIMEOUT_MS);

  it('accepts no inbound traffic at all', () => {
    for (const [stack, template] of [
      [standIn, templates.standIn],
      [inDatabaseVpc, templates.inDatabaseVpc],
    ] as const) {
      const bastionGroup = stack.getLogicalId(stack.securityGroup.node.defaultChild as CfnSecurityGroup);
      const groups = template.findResources('AWS::EC2::SecurityGroup');
      for (const group of Object.values(groups))
        expect(group.Properties.SecurityGroupIngress).toBeUndefined();
      // Standalone ingress rules exist only on the database group, and only from the bastion's group.
      for (const rule of Object.values(template.findResources('AWS::EC2::SecurityGroupIngress'))) {
        expect(rule.Properties.GroupId).toBe('sg-0db11111');
        expect(rule.Properties.SourceSecurityGroupId).toEqual({ 'Fn::GetAtt': [bastionGroup, 'GroupId'] });
      }
    }
  });

  it('lets the database security group admit it on the database ports only', () => {
    const ports = Object.values(templates.inDatabaseVpc.findResources('AWS::EC2::SecurityGroupIngress'))
      .map((rule) => rule.Properties.FromPort)
      .sort();
    expect(ports).toEqual([1433, 1521, 3306, 5432]);
  });

  it('sends out only HTTPS and database ports', () => {
    const egress = templates.standIn.findResources('AWS::EC2::SecurityGroup');
    const rules = Object.values(egress).flatMap((group) => group.Properties.SecurityGroupEgress ?? []);
    expect(rules).toContainEqual(
      expect.objectContaining({ CidrIp: '0.0.0.0/0', FromPort: 443, ToPort: 443 }),
    );
    for (const rule of rules.filter((r: { FromPort: number }) => r.FromPort !== 443)) {
      expect(rule.CidrIp).toBe(DEFAULT_NETWORK_CIDR);
    }
  });

  it('requires IMDSv2, has no public address and an encrypted root volume', () => {
    for (const template of [templates.standIn, templates.inDatabaseVpc]) {
      template.hasResourceProperties('AWS::EC2::Instance', {
        MetadataOptions: Match.objectLike({ HttpTokens: 'required' }),
        NetworkInterfaces: [Match.objectLike({ AssociatePublicIpAddress: false })],
        BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: Match.objectLike({ Encrypted: true }) }],
        Monitoring: true,
      });
    }
  });

  it('sits in a private subnet of the database VPC from context', () => {
    templates.inDatabaseVpc.hasResourceProperties('AWS::EC2::Instance', {
      NetworkInterfaces: [Match.objectLike({ SubnetId: 'subnet-0aaa1111' })],
    });
    templates.inDatabaseVpc.hasResourceProperties('AWS::EC2::SecurityGroup', { VpcId: 'vpc-0abc1234' });
  });

  it('is found by the skill through its Name tag and the bastion parameter', () => {
    templates.inDatabaseVpc.hasResourceProperties('AWS::EC2::Instance', {
      Tags: Match.arrayWith([{ Key: 'Name', Value: 'dbvoice-bastion-eu-west-1' }]),
    });
    templates.inDatabaseVpc.hasResourceProperties('AWS::SSM::Parameter', {
      Name: '/rds/configuration/bastion/eu-west-1',
      Type: 'String',
      Value: 'dbvoice-bastion-eu-west-1',
    });
  });

  it('installs the MySQL/MariaDB and PostgreSQL clients and the scripts at boot', () => {
    const instance = Object.values(templates.inDatabaseVpc.findResources('AWS::EC2::Instance'))[0]!;
    const userData = JSON.stringify(instance.Properties.UserData);
    expect(userData).toContain('mariadb105');
    expect(userData).toContain('postgresql16');
    expect(userData).toContain('/opt/dbvoice/sql-scripts');
    expect(userData).toMatch(/aws s3 cp 's3:\/\//);
  });

  it('may read only password parameters and its script archive, and publish to the home-Region topic', () => {
    const statements = allowStatements(templates.inDatabaseVpc);
    const byAction = (action: string) =>
      JSON.stringify(statements.filter((s) => asList(s.Action).includes(action)).map((s) => s.Resource));
    expect(byAction('ssm:GetParameter')).toMatch(/parameter\/rds\/\*\/dbpassword/);
    expect(byAction('ssm:GetParameter')).not.toMatch(/parameter\/rds\/\*"/);
    expect(byAction('sns:Publish')).toContain(':sns:us-east-1:');
    expect(byAction('sns:Publish')).toContain(':dbvoice-notifications');
    expect(byAction('s3:GetObject')).toMatch(/\.zip"/);
    const kms = statements.find((s) => asList(s.Action).includes('kms:Decrypt'));
    expect(kms?.Condition).toEqual({
      StringEquals: { 'kms:ViaService': 'sns.us-east-1.amazonaws.com' },
      'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/dbvoice/notifications' },
    });
  });

  it("may read only the monitoring user's secrets, never a master secret or another dbvoice user's", () => {
    const reads = allowStatements(templates.inDatabaseVpc).filter((s) =>
      asList(s.Action).includes('secretsmanager:GetSecretValue'),
    );
    expect(reads).toHaveLength(1);
    expect(JSON.stringify(reads[0]!.Resource)).toContain(':secret:rds-*');
    expect(JSON.stringify(reads[0]!.Resource)).not.toMatch(/rds!|prod\/mysql\/master/);
    expect(reads[0]!.Condition).toEqual({
      StringEquals: { [`secretsmanager:ResourceTag/${ManagedSecretTags.username}`]: 'dbvoice_monitor' },
    });
  });

  it('logs every session, encrypted, ends idle sessions and runs them as an unprivileged user', () => {
    const template = templates.inDatabaseVpc;
    const key = Object.keys(template.findResources('AWS::KMS::Key'))[0]!;
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    const groups = template.findResources('AWS::Logs::LogGroup', {
      Properties: { KmsKeyId: { 'Fn::GetAtt': [key, 'Arn'] } },
    });
    expect(Object.keys(groups)).toHaveLength(2);
    const sessions = Object.entries(groups).find(([, group]) => group.DeletionPolicy === 'Retain')![0];
    template.hasResourceProperties('AWS::SSM::Document', {
      Name: SESSION_PREFERENCES_DOCUMENT,
      DocumentType: 'Session',
      Content: {
        sessionType: 'Standard_Stream',
        inputs: Match.objectLike({
          cloudWatchLogGroupName: { Ref: sessions },
          cloudWatchEncryptionEnabled: true,
          cloudWatchStreamingEnabled: true,
          kmsKeyId: { Ref: key },
          runAsEnabled: true,
          runAsDefaultUser: ResourceNames.bastionSessionUser,
          idleSessionTimeout: '20',
        }),
      },
    });
    const instance = Object.values(template.findResources('AWS::EC2::Instance'))[0]!;
    expect(JSON.stringify(instance.Properties.UserData)).toContain(
      `useradd --create-home --shell /bin/bash ${ResourceNames.bastionSessionUser}`,
    );
  });

  it('writes command output to the encrypted log group the skill names in SendCommand', () => {
    const template = templates.inDatabaseVpc;
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: ResourceNames.bastionCommandLogGroup,
      KmsKeyId: Match.anyValue(),
      RetentionInDays: 90,
    });
    const writes = allowStatements(template).find((s) => s.Sid === 'WriteBastionLogs');
    expect(asList(writes!.Action)).toEqual([
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      'logs:DescribeLogStreams',
    ]);
    expect(asList(writes!.Resource)).toHaveLength(2);
  });

  it('patches the bastions in a maintenance window with AWS-RunPatchBaseline, one at a time, output logged', () => {
    const template = templates.inDatabaseVpc;
    template.hasResourceProperties('AWS::SSM::MaintenanceWindow', {
      Schedule: 'cron(0 3 ? * SUN *)',
      AllowUnassociatedTargets: false,
    });
    template.hasResourceProperties('AWS::SSM::MaintenanceWindowTarget', {
      ResourceType: 'INSTANCE',
      Targets: [
        { Key: `tag:${ResourceNames.bastionRoleTag.key}`, Values: [ResourceNames.bastionRoleTag.value] },
      ],
    });
    template.hasResourceProperties('AWS::SSM::MaintenanceWindowTask', {
      TaskArn: 'AWS-RunPatchBaseline',
      TaskType: 'RUN_COMMAND',
      MaxConcurrency: '1',
      TaskInvocationParameters: {
        MaintenanceWindowRunCommandParameters: Match.objectLike({
          Parameters: { Operation: ['Install'], RebootOption: ['RebootIfNeeded'] },
          CloudWatchOutputConfig: { CloudWatchLogGroupName: Match.anyValue(), CloudWatchOutputEnabled: true },
        }),
      },
    });
    template.hasResourceProperties('AWS::EC2::Instance', {
      Tags: Match.arrayWith([
        { Key: ResourceNames.bastionRoleTag.key, Value: ResourceNames.bastionRoleTag.value },
      ]),
    });
  });

  it('leaves the Session Manager preferences alone when the account keeps its own', {
    timeout: SYNTH_TIMEOUT_MS,
  }, () => {
    const { app, settings } = testApp({ 'dbvoice:sessionManagerPreferences': 'false' });
    const stack = new BastionStack(app, 'OwnPreferences', {
      env: { region: 'eu-west-1' },
      settings,
      network: { kind: 'context', network: settings.networks['eu-west-1']! },
    });
    Template.fromStack(stack).resourceCountIs('AWS::SSM::Document', 0);
  });

  it('grants no wildcard action and Resource "*" only where the API has no resources', () => {
    expect(overlyBroadStatements(templates.standIn)).toEqual([]);
    expect(overlyBroadStatements(templates.inDatabaseVpc)).toEqual([]);
  });

  it('looks nothing up at synth time, even with an account in the environment', () => {
    expect(network.availabilityZones.every((zone) => Token.isUnresolved(zone))).toBe(true);
    // The cloud assembly lists every context lookup the CLI would have to make with credentials.
    const assembly = (network.node.root as Stage).synth();
    expect(assembly.manifest.missing ?? []).toEqual([]);
  });

  it('gives the stand-in VPC flow logs and a single NAT gateway', () => {
    templates.network.resourceCountIs('AWS::EC2::NatGateway', 1);
    templates.network.hasResourceProperties('AWS::EC2::FlowLog', { TrafficType: 'ALL' });
  });

  it('passes cdk-nag AwsSolutions with every finding fixed or acknowledged', {
    timeout: SYNTH_TIMEOUT_MS,
  }, () => {
    expect(nagFindings(network)).toEqual([]);
    expect(nagFindings(standIn)).toEqual([]);
    expect(nagFindings(inDatabaseVpc)).toEqual([]);
  });

  it('stops the synth with an error when sql-scripts/ is missing', { timeout: SYNTH_TIMEOUT_MS }, () => {
    expect(SQL_SCRIPTS_DIRECTORY).toBe('sql-scripts');
    const { app, settings } = testApp();
    const stack = new BastionStack(app, 'NoScripts', {
      env: { region: 'eu-west-1' },
      settings,
      network: { kind: 'context', network: settings.networks['eu-west-1']! },
      scriptsDirectory: 'test/cdk/fixtures/no-such-directory',
    });
    Annotations.fromStack(stack).hasError('*', Match.stringLikeRegexp('no-such-directory/ is missing'));
  });
});
