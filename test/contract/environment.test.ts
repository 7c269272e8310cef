import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SkillStack } from '../../lib/SkillStack.js';
import { UserManagementStack } from '../../lib/UserManagementStack.js';
import { LAMBDA_BUNDLES } from '../../src/build/LAMBDA_BUNDLES.js';
import { LambdaBundleDirectories } from '../../src/contract/LambdaBundleDirectories.js';
import { LambdaRuntimeEnvironment } from '../../src/contract/LambdaRuntimeEnvironment.js';
import { SkillEnvironment } from '../../src/contract/SkillEnvironment.js';
import { SkillTuningEnvironment } from '../../src/contract/SkillTuningEnvironment.js';
import { UserManagementEnvironment } from '../../src/contract/UserManagementEnvironment.js';
import { UserManagementTuningEnvironment } from '../../src/contract/UserManagementTuningEnvironment.js';
import { readSkillConfig } from '../../src/skill/domain/config/SkillConfig.js';
import { loadConfig } from '../../src/user-management/config.js';
import { FIXTURE_BUNDLE, LOG_RETENTION, SYNTH_TIMEOUT_MS, testApp } from '../cdk/fixtures/testApp.js';
import { sorted } from './fixtures/stackGrants.js';

function functionVariables(template: Template): string[] {
  const functions = Object.values(template.findResources('AWS::Lambda::Function'));
  return Object.keys(functions[0]!.Properties.Environment.Variables as Record<string, unknown>);
}

/** The names lib/ sets and the Lambdas read come from one place; a renamed variable is a silent default. */
describe('Contract: environment', () => {
  const variables = {} as Record<'skill' | 'userManagement', string[]>;

  beforeAll(() => {
    // Prepare: rotation configured, so the optional variable is set too.
    const { app, settings } = testApp({
      'dbvoice:rotationLambdaArn': 'arn:aws:lambda:eu-west-1:111122223333:function:Rotation',
    });
    const skill = new SkillStack(app, 'Skill', {
      env: { region: 'us-east-1' },
      settings,
      logRetention: LOG_RETENTION,
      bundleDir: FIXTURE_BUNDLE,
    });
    const userManagement = new UserManagementStack(app, 'UserManagement', {
      env: { region: 'eu-west-1' },
      settings,
      network: { kind: 'context', network: settings.networks['eu-west-1']! },
      logRetention: LOG_RETENTION,
      createAutomationRole: false,
      bundleDir: FIXTURE_BUNDLE,
    });
    variables.skill = functionVariables(Template.fromStack(skill));
    variables.userManagement = functionVariables(Template.fromStack(userManagement));
  }, SYNTH_TIMEOUT_MS);

  it('the skill stack sets exactly the SkillEnvironment names (SKILL_ID_PARAMETER when it creates the skill)', () => {
    // test/cdk/SkillStack.test.ts checks the stack that creates the skill sets SKILL_ID_PARAMETER too.
    const names = Object.values(SkillEnvironment).filter(
      (name) => name !== SkillEnvironment.skillIdParameter,
    );
    expect(sorted(variables.skill)).toEqual(sorted([...names, ...Object.values(LambdaRuntimeEnvironment)]));
  });

  it('the user-management stack sets exactly the UserManagementEnvironment names', () => {
    expect(sorted(variables.userManagement)).toEqual(
      sorted([...Object.values(UserManagementEnvironment), ...Object.values(LambdaRuntimeEnvironment)]),
    );
  });

  it('keeps tuning names apart from the names the stacks set', () => {
    const set = new Set<string>([
      ...Object.values(SkillEnvironment),
      ...Object.values(UserManagementEnvironment),
    ]);
    const tuning = [
      ...Object.values(SkillTuningEnvironment),
      ...Object.values(UserManagementTuningEnvironment),
    ];
    expect(tuning.filter((name) => set.has(name))).toEqual([]);
  });

  it("the skill's configuration reads every name the contract gives it", () => {
    // Prepare: a value for every name that differs from the code's default.
    const env = {
      [SkillEnvironment.skillId]: 'amzn1.ask.skill.contract',
      [SkillEnvironment.skillIdParameter]: '/skill-id',
      [SkillEnvironment.regions]: 'eu-west-1',
      [SkillEnvironment.tagInstance]: 'db-name',
      [SkillEnvironment.tagApplication]: 'app',
      [SkillEnvironment.tagEnvironment]: 'env',
      [SkillEnvironment.requestBudgetMs]: '5000',
      [SkillEnvironment.parameterPrefix]: '/prefix',
      [SkillEnvironment.topicArn]: 'arn:aws:sns:us-east-1:111122223333:topic',
      [SkillEnvironment.stateTable]: 'table',
      [SkillEnvironment.allowedUsersParameter]: '/allowed',
      [SkillEnvironment.mfaAccessKeyParameter]: '/mfa/key',
      [SkillEnvironment.mfaSecretKeyParameter]: '/mfa/secret',
      [SkillEnvironment.mfaSerialParameter]: '/mfa/serial',
      [SkillEnvironment.scriptsDirectory]: '/scripts',
      [SkillEnvironment.databaseUser]: 'monitor',
      [SkillTuningEnvironment.inventoryTtlSeconds]: '7',
      [SkillTuningEnvironment.checkTimeoutSeconds]: '100',
      [SkillTuningEnvironment.deliveryTimeoutSeconds]: '45',
      [SkillTuningEnvironment.databaseUserOracle]: 'ora',
      [SkillTuningEnvironment.databaseUserMysql]: 'my',
      [SkillTuningEnvironment.databaseUserPostgres]: 'pg',
      [SkillTuningEnvironment.databaseUserSqlServer]: 'ms',
      [SkillTuningEnvironment.storageThresholdPercent]: '80',
      [SkillTuningEnvironment.answerReserveMs]: '500',
      [SkillTuningEnvironment.logLines]: '50',
    };
    // Act
    const config = readSkillConfig(env);
    // Assess
    expect(config).toMatchObject({
      skillId: 'amzn1.ask.skill.contract',
      skillIdParameter: '/skill-id',
      regions: ['eu-west-1'],
      tagKeys: { instance: 'db-name', application: 'app', environment: 'env' },
      inventoryTtlMs: 7_000,
      requestBudgetMs: 5_000,
      parameterPrefix: '/prefix',
      topicArn: 'arn:aws:sns:us-east-1:111122223333:topic',
      stateTable: 'table',
      allowListParameter: '/allowed',
      mfaParameters: { accessKeyId: '/mfa/key', secretAccessKey: '/mfa/secret', serial: '/mfa/serial' },
      bastion: {
        scriptsDirectory: '/scripts',
        executionTimeoutSeconds: 100,
        deliveryTimeoutSeconds: 45,
        dbUsers: { oracle: 'ora', mysql: 'my', postgres: 'pg', sqlserver: 'ms' },
        storageThresholdPercent: 80,
        answerReserveMs: 500,
        logLines: 50,
      },
    });
    expect(readSkillConfig({ [SkillEnvironment.databaseUser]: 'monitor' }).bastion.dbUsers.mysql).toBe(
      'monitor',
    );
  });

  it("user management's configuration reads every name the contract gives it", () => {
    const config = loadConfig({
      [UserManagementEnvironment.mysqlTls]: 'off',
      [UserManagementEnvironment.rotationLambdaArn]:
        'arn:aws:lambda:eu-west-1:111122223333:function:Rotation',
      [UserManagementEnvironment.rotationDays]: '12',
      [UserManagementTuningEnvironment.connectTimeoutMs]: '1500',
      [UserManagementTuningEnvironment.queryTimeoutMs]: '2500',
      [UserManagementTuningEnvironment.recoveryWindowDays]: '9',
    });
    expect(config).toMatchObject({
      tls: false,
      rotationLambdaArn: 'arn:aws:lambda:eu-west-1:111122223333:function:Rotation',
      rotationDays: 12,
      connectTimeoutMs: 1_500,
      queryTimeoutMs: 2_500,
      recoveryWindowDays: 9,
    });
  });

  it('deploys the directories the build writes', () => {
    expect(LAMBDA_BUNDLES.skill.outdir).toBe(LambdaBundleDirectories.skill);
    expect(LAMBDA_BUNDLES.userManagement.outdir).toBe(LambdaBundleDirectories.userManagement);
  });
});
