import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { USER_MANAGEMENT_TIMEOUT_SECONDS, UserManagementStack } from '../../lib/UserManagementStack.js';
import { allowStatements, asList, overlyBroadStatements, type Statement } from './fixtures/iamStatements.js';
import { FIXTURE_BUNDLE, LOG_RETENTION, nagFindings, SYNTH_TIMEOUT_MS, testApp } from './fixtures/testApp.js';

describe('Stack: UserManagementStack', () => {
  let stack: UserManagementStack;
  let template: Template;

  beforeAll(() => {
    // Prepare: the Region whose database VPC and security group are in context, with rotation configured.
    const { app, settings } = testApp({
      'dbvoice:centralAccount': '444455556666',
      'dbvoice:rotationLambdaArn':
        'arn:aws:lambda:eu-west-1:111122223333:function:SecretsManagerMySQLRotation',
    });
    stack = new UserManagementStack(app, 'UserManagement', {
      // With an account, ARNs carry it literally: the nag acknowledgements must follow.
      env: { account: '111122223333', region: 'eu-west-1' },
      settings,
      network: { kind: 'context', network: settings.networks['eu-west-1']! },
      logRetention: LOG_RETENTION,
      createAutomationRole: true,
      bundleDir: FIXTURE_BUNDLE,
    });
    template = Template.fromStack(stack);
  }, SYNTH_TIMEOUT_MS);

  it('runs on nodejs22.x ARM64 inside the database VPC under a fixed name', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'dbvoice-user-management',
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Timeout: USER_MANAGEMENT_TIMEOUT_SECONDS,
      VpcConfig: { SubnetIds: ['subnet-0aaa1111', 'subnet-0bbb2222'], SecurityGroupIds: Match.anyValue() },
      Environment: {
        Variables: Match.objectLike({
          MYSQL_TLS: 'on',
          ROTATION_LAMBDA_ARN: 'arn:aws:lambda:eu-west-1:111122223333:function:SecretsManagerMySQLRotation',
          ROTATION_DAYS: '30',
        }),
      },
    });
  });

  it('reaches the databases on 3306 only, through their security group', () => {
    const rules = Object.values(template.findResources('AWS::EC2::SecurityGroupIngress'));
    expect(rules.map((rule) => [rule.Properties.GroupId, rule.Properties.FromPort])).toEqual([
      ['sg-0db11111', 3306],
    ]);
    for (const group of Object.values(template.findResources('AWS::EC2::SecurityGroup'))) {
      expect(group.Properties.SecurityGroupIngress).toBeUndefined();
    }
  });

  it("may describe this Region's clusters and instances to find the owner of an RDS-managed master secret", () => {
    const lookup = allowStatements(template).find((s) => s.Sid === 'FindManagedMasterSecretOwner');
    expect(lookup?.Action).toEqual(['rds:DescribeDBClusters', 'rds:DescribeDBInstances']);
    expect(JSON.stringify(lookup?.Resource)).toContain(':cluster:*');
  });

  it('reads the master secret and changes only the secrets it tagged', () => {
    const statements = allowStatements(template);
    const master = statements.find((s) => s.Sid === 'ReadMasterSecrets');
    expect(JSON.stringify(master?.Resource)).toContain(':secret:prod/mysql/master-??????');
    const change = statements.find((s) => s.Sid === 'ChangeOwnSecrets');
    expect(asList(change!.Action)).toContain('secretsmanager:DeleteSecret');
    expect(change?.Condition).toEqual({
      StringEquals: { 'secretsmanager:ResourceTag/created_by': 'dbvoice' },
    });
    const create = statements.find((s) => s.Sid === 'CreateOwnSecrets');
    expect(create?.Condition).toEqual({ StringEquals: { 'aws:RequestTag/created_by': 'dbvoice' } });
    expect(JSON.stringify(create?.Resource)).toContain(':secret:rds-*');
    const rotation = statements.find((s) => s.Sid === 'RotationFunction');
    expect(rotation?.Resource).toBe(
      'arn:aws:lambda:eu-west-1:111122223333:function:SecretsManagerMySQLRotation',
    );
  });

  it('tags secrets only as it creates them, never claims an existing secret, and never removes tags', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (policy) => policy.Properties.PolicyDocument.Statement as Statement[],
    );
    const allowsTagging = allowStatements(template).filter((s) =>
      asList(s.Action).some(
        (a) => a === 'secretsmanager:TagResource' || a === 'secretsmanager:UntagResource',
      ),
    );
    expect(allowsTagging.map((s) => s.Sid)).toEqual(['CreateOwnSecrets']);
    expect(asList(allowsTagging[0]!.Action)).not.toContain('secretsmanager:UntagResource');
    const deny = statements.find((s) => s.Effect === 'Deny');
    expect(deny).toMatchObject({
      Sid: 'TagOnlyOwnSecrets',
      Action: ['secretsmanager:TagResource', 'secretsmanager:UntagResource'],
      Resource: '*',
      Condition: { StringNotEquals: { 'secretsmanager:ResourceTag/created_by': 'dbvoice' } },
    });
  });

  it('creates the execution role the central account assumes, allowed to invoke only this Lambda', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      RoleName: 'DbVoiceUserManagementAutomation',
      AssumeRolePolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { AWS: { 'Fn::Join': ['', Match.arrayWith([':iam::444455556666:root'])] } },
            Condition: {
              ArnEquals: {
                'aws:PrincipalArn': {
                  'Fn::Join': [
                    '',
                    Match.arrayWith([
                      ':iam::444455556666:role/AWS-SystemsManager-AutomationAdministrationRole',
                    ]),
                  ],
                },
              },
            },
          }),
        ]),
      },
    });
    const invoke = allowStatements(template).find((s) => s.Sid === 'InvokeUserManagement');
    const resources = JSON.stringify(invoke?.Resource);
    expect(resources).toContain(':lambda:us-east-1:');
    expect(resources).toContain(':lambda:eu-west-1:');
    expect(resources).toContain(':function:dbvoice-user-management');
  });

  it('grants no wildcard action and Resource "*" only where the API has no resources', () => {
    expect(overlyBroadStatements(template)).toEqual([]);
  });

  it('passes cdk-nag AwsSolutions with every finding fixed or acknowledged', {
    timeout: SYNTH_TIMEOUT_MS,
  }, () => {
    expect(nagFindings(stack)).toEqual([]);
  });
});
