import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SKILL_REQUEST_BUDGET_MS, SKILL_TIMEOUT_SECONDS, SkillStack } from '../../lib/SkillStack.js';
import { allowStatements, asList, overlyBroadStatements } from './fixtures/iamStatements.js';
import {
  FIXTURE_BUNDLE,
  LOG_RETENTION,
  nagFindings,
  SKILL_ID,
  SYNTH_TIMEOUT_MS,
  testApp,
} from './fixtures/testApp.js';

describe('Stack: SkillStack', () => {
  let stack: SkillStack;
  let template: Template;

  beforeAll(() => {
    // Prepare: one synth for the whole file (bundling is the slow part).
    const { app, settings } = testApp({ 'dbvoice:allowedUsers': 'amzn1.ask.account.ALICE' });
    stack = new SkillStack(app, 'Skill', {
      env: { region: 'us-east-1' },
      settings,
      logRetention: LOG_RETENTION,
      bundleDir: FIXTURE_BUNDLE,
    });
    template = Template.fromStack(stack);
  }, SYNTH_TIMEOUT_MS);

  it('refuses to synth a Lambda whose bundle was never built, naming the command that builds it', () => {
    const { app, settings } = testApp();
    expect(
      () =>
        new SkillStack(app, 'Unbuilt', {
          env: { region: 'us-east-1' },
          settings,
          logRetention: LOG_RETENTION,
          bundleDir: 'test/cdk/fixtures/never-built',
        }),
    ).toThrow(/never-built\/index\.js is missing: run `npm run build`/);
  });

  it('lets only this skill invoke the Lambda', () => {
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: SKILL_ID,
    });
  });

  it('runs on nodejs22.x ARM64 and stops before Alexa gives up', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Timeout: SKILL_TIMEOUT_SECONDS,
      Handler: 'index.handler',
    });
    expect(SKILL_TIMEOUT_SECONDS).toBeLessThan(8);
    expect(SKILL_REQUEST_BUDGET_MS).toBeLessThan(SKILL_TIMEOUT_SECONDS * 1000);
  });

  it('configures the skill through the variables it reads', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          SKILL_ID,
          DBVOICE_REGIONS: 'us-east-1,eu-west-1',
          TAG_INSTANCE: 'instance',
          TAG_APPLICATION: 'application',
          TAG_ENVIRONMENT: 'environment',
          PARAMETER_PREFIX: '/rds',
          TOPIC_ARN: { Ref: Match.stringLikeRegexp('^Notifications') },
          STATE_TABLE: { Ref: Match.stringLikeRegexp('^State') },
          MFA_ACCESS_KEY_PARAMETER: '/dbvoice/mfa/access-key-id',
          MFA_SECRET_KEY_PARAMETER: '/dbvoice/mfa/secret-access-key',
          MFA_SERIAL_PARAMETER: '/dbvoice/mfa/serial',
          ALLOWED_USERS_PARAMETER: '/dbvoice/allowed-users',
          REQUEST_BUDGET_MS: String(SKILL_REQUEST_BUDGET_MS),
          DBVOICE_SCRIPTS_DIR: '/opt/dbvoice/sql-scripts',
          DBVOICE_DB_USER: 'dbvoice_monitor',
          POWERTOOLS_SERVICE_NAME: 'dbvoice',
          POWERTOOLS_METRICS_NAMESPACE: 'dbvoice',
          LOG_LEVEL: 'INFO',
          NODE_OPTIONS: '--enable-source-maps',
        }),
      },
    });
  });

  it('keeps its logs for the configured retention', () => {
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^SkillLogs') } },
    });
  });

  it('encrypts the topic with a rotating key and refuses non-TLS access', () => {
    template.hasResourceProperties('AWS::SNS::Topic', {
      TopicName: 'dbvoice-notifications',
      KmsMasterKeyId: Match.anyValue(),
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sns:Publish',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'dba@example.com',
    });
  });

  it('keeps per-user state in a table keyed by id, with point-in-time recovery', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        Replicas: [
          Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
        ],
      }),
    });
  });

  it('creates the allow-list parameter only from context', () => {
    template.hasResourceProperties('AWS::SSM::Parameter', {
      Name: '/dbvoice/allowed-users',
      Type: 'StringList',
      Value: 'amzn1.ask.account.ALICE',
    });
  });

  it('grants no wildcard action and Resource "*" only where the API has no resources', () => {
    expect(overlyBroadStatements(template)).toEqual([]);
  });

  it('sends commands only through AWS-RunShellScript to instances named as bastions', () => {
    const sendCommand = allowStatements(template).filter((s) => asList(s.Action).includes('ssm:SendCommand'));
    expect(sendCommand).toHaveLength(2);
    const toInstances = sendCommand.find((s) => JSON.stringify(s.Resource).includes(':instance/*'));
    expect(toInstances?.Condition).toEqual({
      StringEquals: { 'ssm:resourceTag/Name': ['dbvoice-bastion-us-east-1', 'dbvoice-bastion-eu-west-1'] },
    });
    const toDocument = sendCommand.find((s) => s !== toInstances);
    expect(JSON.stringify(toDocument?.Resource)).toContain('::document/AWS-RunShellScript');
  });

  it('has no STS permission (GetSessionToken runs with the MFA user keys) and cannot read passwords', () => {
    const statements = allowStatements(template);
    const actions = statements.flatMap((s) => asList(s.Action));
    expect(actions.filter((a) => a.startsWith('sts:'))).toEqual([]);
    const parameterResources = JSON.stringify(
      statements.filter((s) => asList(s.Action).includes('ssm:GetParameter')).map((s) => s.Resource),
    );
    expect(parameterResources).toContain(':parameter/rds/configuration/*');
    expect(parameterResources).toContain(':parameter/dbvoice/*');
    expect(parameterResources).not.toMatch(/parameter\/rds\/\*/);
  });

  it('scopes RDS calls to the managed Regions', () => {
    const rds = allowStatements(template).filter((s) => asList(s.Action).includes('rds:RebootDBInstance'));
    const resources = JSON.stringify(rds.map((s) => s.Resource));
    expect(resources).toContain(':rds:us-east-1:');
    expect(resources).toContain(':rds:eu-west-1:');
    expect(resources).not.toContain(':rds:*:');
  });

  it('outputs the ARN to paste into the Alexa developer console', () => {
    template.hasOutput('SkillFunctionArn', {
      Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SkillFunction'), 'Arn'] },
    });
  });

  it('passes cdk-nag AwsSolutions with every finding fixed or acknowledged', {
    timeout: SYNTH_TIMEOUT_MS,
  }, () => {
    expect(nagFindings(stack)).toEqual([]);
  });
});
