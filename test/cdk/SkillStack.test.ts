import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SKILL_REQUEST_BUDGET_MS, SKILL_TIMEOUT_SECONDS, SkillStack } from '../../lib/SkillStack.js';
import { DbVoiceParameters } from '../../src/contract/DbVoiceParameters.js';
import { LambdaRuntimeEnvironment } from '../../src/contract/LambdaRuntimeEnvironment.js';
import { ParameterPaths } from '../../src/contract/ParameterPaths.js';
import { ResourceNames } from '../../src/contract/ResourceNames.js';
import { SkillEnvironment } from '../../src/contract/SkillEnvironment.js';
import { StateTableSchema } from '../../src/contract/StateTableSchema.js';
import { TaskOptInTag } from '../../src/contract/TaskOptInTag.js';
import { allowStatements, asList, overlyBroadStatements } from './fixtures/iamStatements.js';
import { skillStack } from './fixtures/skillStack.js';
import { LOG_RETENTION, nagFindings, SKILL_ID, SYNTH_TIMEOUT_MS, testApp } from './fixtures/testApp.js';

describe('Stack: SkillStack', () => {
  let stack: SkillStack;
  let template: Template;

  beforeAll(() => {
    // Prepare: one synth for the whole file (bundling is the slow part).
    ({ stack, template } = skillStack({ 'dbvoice:allowedUsers': 'amzn1.ask.account.ALICE' }));
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
          [SkillEnvironment.skillId]: SKILL_ID,
          [SkillEnvironment.regions]: 'us-east-1,eu-west-1',
          [SkillEnvironment.tagInstance]: 'instance',
          [SkillEnvironment.tagApplication]: 'application',
          [SkillEnvironment.tagEnvironment]: 'environment',
          [SkillEnvironment.parameterPrefix]: ParameterPaths.defaultPrefix,
          [SkillEnvironment.topicArn]: { Ref: Match.stringLikeRegexp('^Notifications') },
          [SkillEnvironment.stateTable]: { Ref: Match.stringLikeRegexp('^State') },
          [SkillEnvironment.mfaAccessKeyParameter]: DbVoiceParameters.mfaAccessKeyId,
          [SkillEnvironment.mfaSecretKeyParameter]: DbVoiceParameters.mfaSecretAccessKey,
          [SkillEnvironment.mfaSerialParameter]: DbVoiceParameters.mfaSerial,
          [SkillEnvironment.allowedUsersParameter]: DbVoiceParameters.allowedUsers,
          [SkillEnvironment.requestBudgetMs]: String(SKILL_REQUEST_BUDGET_MS),
          [SkillEnvironment.scriptsDirectory]: ResourceNames.bastionScriptsDirectory,
          [SkillEnvironment.databaseUser]: 'dbvoice_monitor',
          [SkillEnvironment.powertoolsServiceName]: 'dbvoice',
          [SkillEnvironment.powertoolsMetricsNamespace]: 'dbvoice',
          [SkillEnvironment.logLevel]: 'INFO',
          [LambdaRuntimeEnvironment.nodeOptions]: '--enable-source-maps',
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
      TopicName: ResourceNames.topicName,
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

  it('keeps per-user state in a table keyed by id, with point-in-time recovery and expiry by TTL', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        KeySchema: [{ AttributeName: StateTableSchema.partitionKey, KeyType: 'HASH' }],
        // Used codes, lockout windows and pending confirmations expire; without TTL they would pile up.
        TimeToLiveSpecification: { AttributeName: StateTableSchema.timeToLiveAttribute, Enabled: true },
        Replicas: [
          Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
        ],
      }),
    });
  });

  it('creates the allow-list parameter only from context', () => {
    template.hasResourceProperties('AWS::SSM::Parameter', {
      Name: DbVoiceParameters.allowedUsers,
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
      StringEquals: {
        'ssm:resourceTag/Name': [
          ResourceNames.bastionName('us-east-1'),
          ResourceNames.bastionName('eu-west-1'),
        ],
      },
    });
    const toDocument = sendCommand.find((s) => s !== toInstances);
    expect(JSON.stringify(toDocument?.Resource)).toContain(
      `::document/${ResourceNames.runShellScriptDocument}`,
    );
  });

  it('has no STS permission (GetSessionToken runs with the MFA user keys) and cannot read passwords', () => {
    const statements = allowStatements(template);
    const actions = statements.flatMap((s) => asList(s.Action));
    expect(actions.filter((a) => a.startsWith('sts:'))).toEqual([]);
    const parameterResources = JSON.stringify(
      statements.filter((s) => asList(s.Action).includes('ssm:GetParameter')).map((s) => s.Resource),
    );
    expect(parameterResources).toContain(
      `:parameter${ParameterPaths.configuration(ParameterPaths.defaultPrefix)}/*`,
    );
    expect(parameterResources).toContain(`:parameter${DbVoiceParameters.root}/*`);
    expect(parameterResources).not.toMatch(/parameter\/rds\/\*/);
  });

  it('scopes RDS calls to the managed Regions', () => {
    const rds = allowStatements(template).filter((s) => asList(s.Action).includes('rds:RebootDBInstance'));
    const resources = JSON.stringify(rds.map((s) => s.Resource));
    expect(resources).toContain(':rds:us-east-1:');
    expect(resources).toContain(':rds:eu-west-1:');
    expect(resources).not.toContain(':rds:*:');
  });

  it('reboots and fails over only instances and clusters that opted in with the task tag', () => {
    const statements = allowStatements(template);
    const optedIn = { StringEquals: { [`aws:ResourceTag/${TaskOptInTag.key}`]: TaskOptInTag.value } };
    for (const [action, resource] of [
      ['rds:RebootDBInstance', ':db:*'],
      ['rds:FailoverDBCluster', ':cluster:*'],
    ] as const) {
      const granting = statements.filter((s) => asList(s.Action).includes(action));
      expect(granting).toHaveLength(1);
      expect(granting[0]!.Condition).toEqual(optedIn);
      // Only the task action: a describe in the same statement would be refused on untagged instances.
      expect(granting[0]!.Action).toEqual(action);
      expect(JSON.stringify(granting[0]!.Resource)).toContain(resource);
    }
    const describe = statements.find((s) => asList(s.Action).includes('rds:DescribeDBInstances'));
    expect(describe?.Condition).toBeUndefined();
  });

  it('grants nothing the skill never calls (no PutMetricData, no UpdateItem), and GetMetricData for the busiest', () => {
    const actions = allowStatements(template).flatMap((s) => asList(s.Action));
    expect(actions).not.toContain('cloudwatch:PutMetricData');
    expect(actions).not.toContain('dynamodb:UpdateItem');
    // "What's the busiest instance?" ranks a Region's instances with GetMetricData (no resource-level scoping).
    expect(actions).toContain('cloudwatch:GetMetricData');
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
