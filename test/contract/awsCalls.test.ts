import { readFileSync } from 'node:fs';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { BastionStack } from '../../lib/BastionStack.js';
import { SkillStack } from '../../lib/SkillStack.js';
import { UserManagementStack } from '../../lib/UserManagementStack.js';
import { BastionAwsCalls } from '../../src/contract/BastionAwsCalls.js';
import { SkillAwsCalls } from '../../src/contract/SkillAwsCalls.js';
import { UserManagementAwsCalls } from '../../src/contract/UserManagementAwsCalls.js';
import { FIXTURE_BUNDLE, LOG_RETENTION, SYNTH_TIMEOUT_MS, testApp } from '../cdk/fixtures/testApp.js';
import { scriptAwsCalls, sdkNames, sentAwsCalls, typeScriptFiles } from './fixtures/sentAwsCalls.js';
import {
  contractCalls,
  contractRoleActions,
  functionRoleLogicalId,
  grantedActions,
  instanceRoleLogicalId,
  roleAllowStatements,
  sorted,
} from './fixtures/stackGrants.js';

/**
 * What each piece of dbvoice sends to AWS, what src/contract says it sends, and what its stack grants must be
 * the same list: a command the code sends but the role lacks fails in production with AccessDenied, and a
 * grant no code uses is a permission an attacker gets for free.
 */
describe('Contract: AWS calls', () => {
  // Every product module that may name an SDK command (re-export modules included), never the local tools.
  const sdk = sdkNames(typeScriptFiles('src').filter((file) => !file.startsWith('src/local/')));

  describe('what the code sends', () => {
    it('the skill sends exactly the calls in SkillAwsCalls', () => {
      // Act
      const sent = sentAwsCalls(['src/skill'], sdk);
      // Assess
      expect(sent.unresolved).toEqual([]);
      expect(sorted(sent.actions)).toEqual(sorted(contractCalls(SkillAwsCalls)));
    });

    it('user management sends exactly the calls in UserManagementAwsCalls', () => {
      const sent = sentAwsCalls(['src/user-management'], sdk);
      expect(sent.unresolved).toEqual([]);
      expect(sorted(sent.actions)).toEqual(sorted(contractCalls(UserManagementAwsCalls)));
    });

    it('the bastion runner sends exactly the calls in BastionAwsCalls', () => {
      const sent = scriptAwsCalls(readFileSync('sql-scripts/run-check', 'utf8'));
      expect(sorted(sent)).toEqual(sorted(contractCalls(BastionAwsCalls)));
    });
  });

  describe('what the stacks grant', () => {
    const templates = {} as Record<'skill' | 'userManagement' | 'bastion', Template>;

    beforeAll(() => {
      // Prepare: every optional grant configured (rotation, master secret name), two Regions.
      const { app, settings } = testApp({
        'dbvoice:rotationLambdaArn': 'arn:aws:lambda:eu-west-1:111122223333:function:Rotation',
      });
      const network = { kind: 'context', network: settings.networks['eu-west-1']! } as const;
      const skill = new SkillStack(app, 'Skill', {
        env: { region: 'us-east-1' },
        settings,
        logRetention: LOG_RETENTION,
        bundleDir: FIXTURE_BUNDLE,
      });
      const userManagement = new UserManagementStack(app, 'UserManagement', {
        env: { region: 'eu-west-1' },
        settings,
        network,
        logRetention: LOG_RETENTION,
        createAutomationRole: true,
        bundleDir: FIXTURE_BUNDLE,
      });
      const bastion = new BastionStack(app, 'Bastion', { env: { region: 'eu-west-1' }, settings, network });
      // The app synthesizes once, on the first template: every stack must exist by then.
      templates.skill = Template.fromStack(skill);
      templates.userManagement = Template.fromStack(userManagement);
      templates.bastion = Template.fromStack(bastion);
    }, SYNTH_TIMEOUT_MS);

    it("the skill's role holds exactly SkillAwsCalls (and what they imply), never the MFA user's call", () => {
      const statements = roleAllowStatements(templates.skill, functionRoleLogicalId(templates.skill));
      expect(sorted(grantedActions(statements))).toEqual(sorted(contractRoleActions(SkillAwsCalls)));
      expect(grantedActions(statements).has('sts:GetSessionToken')).toBe(false);
    });

    it('the user-management role holds exactly UserManagementAwsCalls (and what they imply)', () => {
      const template = templates.userManagement;
      const statements = roleAllowStatements(template, functionRoleLogicalId(template));
      expect(sorted(grantedActions(statements))).toEqual(sorted(contractRoleActions(UserManagementAwsCalls)));
    });

    it("the bastion's role holds BastionAwsCalls, and beyond them only what the SSM Agent itself needs", () => {
      const statements = roleAllowStatements(templates.bastion, instanceRoleLogicalId(templates.bastion));
      const granted = grantedActions(statements);
      const runner = contractRoleActions(BastionAwsCalls);
      // The agent writes command output and session transcripts, decrypts session data; boot reads the scripts.
      const agent = new Set([
        's3:GetObject',
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'logs:DescribeLogStreams',
        'logs:DescribeLogGroups',
        'kms:Decrypt',
      ]);
      expect(sorted(runner).filter((action) => !granted.has(action))).toEqual([]);
      expect(sorted(granted).filter((action) => !runner.has(action) && !agent.has(action))).toEqual([]);
      // The runner's statements are the contract's scopes; the agent's are named apart.
      expect(statements.map((s) => s.Sid).sort()).toEqual([
        'CheckSessionLogEncryption',
        'DatabasePasswords',
        'MonitoringUserSecrets',
        'Notifications',
        'NotificationsKey',
        'SessionDataKey',
        'SqlScriptsArchive',
        'WriteBastionLogs',
      ]);
    });
  });
});
