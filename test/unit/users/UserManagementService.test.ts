import {
  GetAutomationExecutionCommand,
  InvalidAutomationExecutionParametersException,
  SSMClient,
  StartAutomationExecutionCommand,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { AwsCallFailed } from '../../../src/aws/AwsCallFailed.js';
import { AwsCallRecorder } from '../../../src/aws/AwsCallRecorder.js';
import { createAwsClients } from '../../../src/aws/createAwsClients.js';
import { Deadline } from '../../../src/skill/domain/Deadline.js';
import type { DbInstanceSummary } from '../../../src/skill/domain/fleet/DbInstanceSummary.js';
import { UserTaskRefused } from '../../../src/skill/domain/users/errors.js';
import { UserManagementService } from '../../../src/skill/domain/users/UserManagementService.js';
import { automationSucceeded } from '../../helpers/automationSucceeded.js';

const ssm = mockClient(SSMClient);
afterEach(() => ssm.reset());

const TOKEN = '0b7c0d8e-5a55-4c9f-8f3e-7f1d2e3c4b5a';
const instance: DbInstanceSummary = {
  identifier: 'dev-reporting-01',
  arn: 'arn:aws:rds:eu-west-1:210987654321:db:dev-reporting-01',
  region: 'eu-west-1',
  name: 'reporting-dev',
  engine: 'postgres',
  engineVersion: '16.4',
  status: 'available',
  instanceClass: 'db.t4g.medium',
  multiAz: false,
  optedInToTasks: true,
  parameterGroups: [],
  dbName: 'reporting',
  masterSecret: 'dev/reporting/master',
};

/** A clock the service's sleeps move forward, so polling runs instantly and deadlines are exact. */
function virtualTime(budgetMs = 6_000) {
  let now = 0;
  const deadline = new Deadline(budgetMs, () => now);
  const sleep = async (ms: number) => {
    now += ms;
  };
  const service = new UserManagementService(
    createAwsClients(new AwsCallRecorder()),
    { homeRegion: 'us-west-2' },
    sleep,
    () => TOKEN,
  );
  return { deadline, service, advance: (ms: number) => (now += ms) };
}

const lostReply = () => Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
const serverError = () =>
  Object.assign(new Error('internal'), { name: 'InternalServerError', $metadata: { httpStatusCode: 500 } });

describe('UserManagementService', () => {
  describe('plan', () => {
    it.each([
      ['engineUnsupported', { engine: 'oracle-ee' }],
      ['noDatabase', { dbName: undefined }],
      ['systemDatabase', { dbName: 'mysql' }],
      ['noMasterSecret', { masterSecret: undefined }],
      ['notAvailable', { status: 'rebooting' }],
    ] as const)('refuses with %s before anything is started', (reason, change) => {
      const { service } = virtualTime();
      const target = { ...instance, ...change } as DbInstanceSummary;
      expect(() => service.plan('createUser', target, { username: 'alice', role: 'readonly' })).toThrow(
        expect.objectContaining({ name: UserTaskRefused.name, reason }),
      );
    });

    it("runs in the instance's account and Region, on its database, and names the user's secret", () => {
      const { service } = virtualTime();
      const plan = service.plan('createUser', instance, { username: 'alice', role: 'readonly' });
      expect(plan).toMatchObject({
        account: '210987654321',
        database: 'reporting',
        masterSecret: 'dev/reporting/master',
        secretName: 'rds-reporting-alice-secret',
      });
    });
  });

  describe('start', () => {
    it('starts the user-management document once, with a ClientToken, in the instance account and Region', async () => {
      // Prepare
      ssm.on(StartAutomationExecutionCommand).resolves({ AutomationExecutionId: 'exec-1' });
      const { service, deadline } = virtualTime();
      const plan = service.plan('createUser', instance, { username: 'alice', role: 'readonly' });

      // Act
      const started = await service.start(plan, deadline);

      // Assess
      expect(started).toEqual({ state: 'started', executionId: 'exec-1' });
      const calls = ssm.commandCalls(StartAutomationExecutionCommand);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.args[0].input).toEqual({
        DocumentName: 'DbVoice-UserManagement',
        ClientToken: TOKEN,
        Parameters: {
          action: ['create_user'],
          db_name: ['reporting'],
          rds_secret_name: ['dev/reporting/master'],
          username: ['alice'],
          role: ['readonly'],
        },
        TargetLocations: [
          {
            Accounts: ['210987654321'],
            Regions: ['eu-west-1'],
            ExecutionRoleName: 'DbVoiceUserManagementAutomation',
            TargetLocationMaxConcurrency: '1',
            TargetLocationMaxErrors: '0',
          },
        ],
      });
    });

    it('passes on a refusal SSM gave, after one call: nothing started, nothing retried', async () => {
      ssm.on(StartAutomationExecutionCommand).rejects(
        new InvalidAutomationExecutionParametersException({
          message: 'bad',
          $metadata: { httpStatusCode: 400 },
        }),
      );
      const { service, deadline } = virtualTime();
      const plan = service.plan('removeUser', instance, { username: 'alice' });

      await expect(service.start(plan, deadline)).rejects.toBeInstanceOf(
        InvalidAutomationExecutionParametersException,
      );
      expect(ssm.commandCalls(StartAutomationExecutionCommand)).toHaveLength(1);
    });

    it('says access denied plainly, after one call', async () => {
      ssm.on(StartAutomationExecutionCommand).rejects(
        Object.assign(new Error('not allowed'), {
          name: 'AccessDeniedException',
          $metadata: { httpStatusCode: 400 },
        }),
      );
      const { service, deadline } = virtualTime();
      const plan = service.plan('resetPassword', instance, { username: 'alice' });

      await expect(service.start(plan, deadline)).rejects.toMatchObject({
        name: AwsCallFailed.name,
        reason: 'accessDenied',
      });
      expect(ssm.commandCalls(StartAutomationExecutionCommand)).toHaveLength(1);
    });

    it('retries a start whose reply was lost with the same ClientToken, so SSM returns the one execution', async () => {
      ssm
        .on(StartAutomationExecutionCommand)
        .rejectsOnce(lostReply())
        .resolves({ AutomationExecutionId: 'exec-1' });
      const { service, deadline } = virtualTime();
      const plan = service.plan('createUser', instance, { username: 'alice', role: 'admin' });

      const started = await service.start(plan, deadline);

      expect(started).toEqual({ state: 'started', executionId: 'exec-1' });
      const tokens = ssm
        .commandCalls(StartAutomationExecutionCommand)
        .map((c) => c.args[0].input.ClientToken);
      expect(tokens).toEqual([TOKEN, TOKEN]);
    });

    it('answers unknown after a second lost reply, and never sends a third', async () => {
      ssm.on(StartAutomationExecutionCommand).rejectsOnce(serverError()).rejects(lostReply());
      const { service, deadline } = virtualTime();
      const plan = service.plan('createUser', instance, { username: 'alice', role: 'admin' });

      const started = await service.start(plan, deadline);

      expect(started).toEqual({ state: 'unknown', cause: 'TimeoutError' });
      expect(ssm.commandCalls(StartAutomationExecutionCommand)).toHaveLength(2);
    });

    it('does not retry when no time is left for it', async () => {
      const { service, deadline, advance } = virtualTime(2_000);
      const plan = service.plan('createUser', instance, { username: 'alice', role: 'admin' });
      ssm.on(StartAutomationExecutionCommand).callsFake(() => {
        // The first try waited until too little was left to send it again.
        advance(1_500);
        throw lostReply();
      });

      const started = await service.start(plan, deadline);

      expect(started.state).toBe('unknown');
      expect(ssm.commandCalls(StartAutomationExecutionCommand)).toHaveLength(1);
    });
  });

  describe('outcome', () => {
    const plan = () =>
      virtualTime().service.plan('createUser', instance, { username: 'alice', role: 'readonly' });

    it('polls until the execution succeeds and reads the secret from its output', async () => {
      ssm
        .on(GetAutomationExecutionCommand)
        .resolvesOnce({ AutomationExecution: { AutomationExecutionStatus: 'InProgress' } })
        .resolves(
          automationSucceeded({
            status: 'created',
            secret_name: 'rds-reporting-alice-secret',
            password: 'never',
          }),
        );
      const { service, deadline } = virtualTime();

      const outcome = await service.outcome(plan(), 'exec-1', deadline);

      expect(outcome).toEqual({
        state: 'done',
        executionId: 'exec-1',
        result: { action: 'createUser', secretName: 'rds-reporting-alice-secret' },
      });
      expect(JSON.stringify(outcome)).not.toContain('never');
    });

    it("reads user management's error code from a failed execution", async () => {
      ssm.on(GetAutomationExecutionCommand).resolves({
        AutomationExecution: {
          AutomationExecutionStatus: 'Failed',
          FailureMessage:
            'Step fails when it is Execution. Lambda function InvokeUserManagement returned an error: {"errorType":"UserAlreadyExists","errorMessage":"{\\"error\\":\\"UserAlreadyExists\\",\\"message\\":\\"alice exists\\"}"}',
        },
      });
      const { service, deadline } = virtualTime();

      expect(await service.outcome(plan(), 'exec-1', deadline)).toEqual({
        state: 'failed',
        executionId: 'exec-1',
        code: 'UserAlreadyExists',
      });
    });

    it('never says an empty list when a successful execution brought no output: the list is unread', async () => {
      ssm
        .on(GetAutomationExecutionCommand)
        .resolves({ AutomationExecution: { AutomationExecutionStatus: 'Success' } });
      const { service, deadline } = virtualTime();
      const list = service.plan('listUsers', instance);

      expect(await service.outcome(list, 'exec-1', deadline)).toEqual({
        state: 'done',
        executionId: 'exec-1',
        result: { action: 'listUsers', users: undefined },
      });
    });

    it("reads the result from a step's outputs when the execution's own are empty (a target-location run)", async () => {
      ssm.on(GetAutomationExecutionCommand).resolves({
        AutomationExecution: {
          AutomationExecutionStatus: 'Success',
          StepExecutions: [
            {
              StepName: 'us-west-2 123456789012',
              Outputs: {
                'InvokeUserManagement.Payload': [
                  JSON.stringify({
                    users: [{ username: 'alice', role: 'readonly', secret_name: 'rds-blog-alice-secret' }],
                  }),
                ],
              },
            },
          ],
        },
      });
      const { service, deadline } = virtualTime();

      const outcome = await service.outcome(service.plan('listUsers', instance), 'exec-1', deadline);

      expect(outcome).toMatchObject({
        result: { users: [{ username: 'alice', role: 'readonly', secretName: 'rds-blog-alice-secret' }] },
      });
    });

    it('says it is still running when the answer is due first', async () => {
      ssm
        .on(GetAutomationExecutionCommand)
        .resolves({ AutomationExecution: { AutomationExecutionStatus: 'InProgress' } });
      const { service, deadline } = virtualTime(3_000);

      expect(await service.outcome(plan(), 'exec-1', deadline)).toEqual({
        state: 'running',
        executionId: 'exec-1',
      });
      expect(deadline.remainingMs()).toBeGreaterThan(0);
    });

    it('reports the execution unread when GetAutomationExecution fails: it was started and runs on', async () => {
      ssm.on(GetAutomationExecutionCommand).rejects(serverError());
      const { service, deadline } = virtualTime();

      expect(await service.outcome(plan(), 'exec-1', deadline)).toEqual({
        state: 'unread',
        executionId: 'exec-1',
      });
      expect(ssm.commandCalls(StartAutomationExecutionCommand)).toHaveLength(0);
    });
  });
});
