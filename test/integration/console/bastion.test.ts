import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../../src/local/console/startLocalStack.js';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { bastionFleet } from './bastionFleet.js';
import { ENGLISH_LOCALES } from './englishLocales.js';
import { countCalls } from './startTestStack.js';

describe('Console: bastion checks and logs (bundled skill, SSM Run Command through the emulator)', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({
      fleet: bastionFleet(),
      emulatorSettings: { commandDelayMs: 300, invocationVisibleAfterMs: 50, commandPendingMs: 50 },
      env: { INVENTORY_TTL_SECONDS: '0.001' },
    });
  });

  afterAll(async () => {
    await stack?.close();
  });

  describe.each(ENGLISH_LOCALES)('in %s', (locale) => {
    it('connects to an instance through its Region bastion, saying "checking" while it waits', async () => {
      // Act
      const turn = await stack.newSession({ locale }).say('connect to payroll');

      // Assess
      expect(turn.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'ConnectInstance' } });
      expect(turn.progressive.map((p) => p.speech)).toEqual(['Checking payroll in Oregon.']);
      expect(turn.speech).toMatch(/payroll in Oregon/);
      expect(turn.speech).toMatch(/SQL Server/);
      expect(turn.speech).not.toMatch(/failed|something went wrong/i);
      expect(countCalls(turn.calls, 'SendCommand', 'us-west-2')).toBe(1);
      expect(countCalls(turn.calls, 'SendCommand')).toBe(1);
      expect(countCalls(turn.calls, 'GetCommandInvocation')).toBeGreaterThanOrEqual(1);
    });

    it('says which tablespaces are over the threshold', async () => {
      // Act
      const turn = await stack.newSession({ locale }).say('tablespace usage for hr-staging');

      // Assess
      expect(turn.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'TablespaceUsage' } });
      expect(turn.speech).toMatch(/^One tablespace of hr-staging in Oregon is over 90 percent: USERS/);
      expect(turn.card).toMatchObject({ title: 'hr-staging: storage' });
      expect(countCalls(turn.calls, 'SendCommand')).toBe(1);
    });

    it('names the top session by CPU', async () => {
      // Act
      const turn = await stack.newSession({ locale }).say('show top sessions on payroll');

      // Assess
      expect(turn.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'ShowTopSession' } });
      expect(turn.speech).toMatch(/57/);
      expect(turn.speech).toMatch(/payroll_app|payroll app/);
      expect(countCalls(turn.calls, 'SendCommand')).toBe(1);
    });

    it('reads a database parameter', async () => {
      // Act
      const turn = await stack.newSession({ locale }).say("what's the value of max connections on sales");

      // Assess
      expect(turn.exchanges[0]?.request.request).toMatchObject({
        intent: { name: 'CheckInstanceParameter' },
      });
      expect(turn.speech).toMatch(/sales in North Virginia/);
      expect(turn.speech).toMatch(/1,?000|one thousand/);
      expect(countCalls(turn.calls, 'SendCommand', 'us-east-1')).toBe(1);
    });

    it('summarises an error log from RDS and e-mails the lines through SNS', async () => {
      // Prepare
      const control = createControlClient(stack.emulator.url);
      const before = (await control.published()).length;

      // Act
      const turn = await stack.newSession({ locale }).say('check the error log of reporting');

      // Assess
      expect(turn.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'CheckLog' } });
      expect(turn.speech).toMatch(/errors? in the last \d+ lines of the error log of reporting in Oregon/);
      expect(countCalls(turn.calls, 'DescribeDBLogFiles', 'us-west-2')).toBe(1);
      expect(countCalls(turn.calls, 'DownloadDBLogFilePortion', 'us-west-2')).toBeGreaterThanOrEqual(1);
      expect(countCalls(turn.calls, 'Publish')).toBe(1);
      expect((await control.published()).length).toBe(before + 1);
    });
  });
});
