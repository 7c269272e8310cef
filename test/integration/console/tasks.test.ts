import { describe, expect, it } from 'vitest';
import { ENGLISH_LOCALES } from './englishLocales.js';
import { countCalls, spokenCode, useTestStack } from './startTestStack.js';

describe('Console: tasks behind MFA and confirmation, and notifications (bundled skill, demo fleet)', () => {
  // Tasks change the fleet, and AWS refuses a code twice: every test starts from the seed.
  const local = useTestStack();

  describe.each(ENGLISH_LOCALES)('in %s', (locale) => {
    it('reboots an instance after the MFA code and a yes', async () => {
      // Prepare
      const session = local.stack.newSession({ locale });

      // Act
      const askCode = await session.say('reboot payroll');
      const confirm = await session.say(spokenCode(local.stack));
      const done = await session.say('yes');

      // Assess
      // The skill hears the request first (SKILL_RESPONSE) and asks for the code itself, after its checks.
      expect(askCode.spokenBy).toBe('skill');
      expect(askCode.speech).toMatch(/code/i);
      expect(countCalls(askCode.calls, 'DescribeDBInstances', 'us-west-2')).toBe(1);
      expect(confirm.speech).toBe('Reboot payroll in Oregon? This restarts the database.');
      expect(countCalls(confirm.calls, 'RebootDBInstance')).toBe(0);
      expect(done.speech).toMatch(/^Rebooting payroll in Oregon\./);
      expect(countCalls(done.calls, 'GetSessionToken')).toBe(1);
      expect(countCalls(done.calls, 'RebootDBInstance', 'us-west-2')).toBe(1);
      expect((await local.control.state()).regions['us-west-2']?.instancesByStatus.rebooting).toBe(1);
    });

    it('changes nothing when the user says no', async () => {
      // Prepare
      const session = local.stack.newSession({ locale });
      await session.say('reboot payroll');
      await session.say(spokenCode(local.stack));

      // Act
      const denied = await session.say('no');

      // Assess
      expect(denied.speech).toMatch(/nothing was changed|won't|will not|cancel/i);
      expect(countCalls(denied.calls, 'RebootDBInstance')).toBe(0);
      expect(countCalls(denied.calls, 'GetSessionToken')).toBe(0);
      expect((await local.control.state()).regions['us-west-2']?.instancesByStatus.rebooting).toBeUndefined();
    });

    it('fails an Aurora cluster over after the MFA code and a yes', async () => {
      // Prepare
      const session = local.stack.newSession({ locale });

      // Act
      await session.say('failover blog');
      const confirm = await session.say(spokenCode(local.stack));
      const done = await session.say('yes');

      // Assess
      expect(confirm.speech).toMatch(/^Fail over the cluster of blog in Oregon/);
      expect(done.speech ?? '').not.toMatch(/nothing was changed|something went wrong/i);
      expect(countCalls(done.calls, 'FailoverDBCluster', 'us-west-2')).toBe(1);
      const clusters = (await local.control.state()).regions['us-west-2']?.clusters ?? [];
      expect(clusters.find((c) => c.identifier === 'prod-blog-aurora')?.status).toBe('failing-over');
    });

    it('refuses to reboot the instance nobody opted in, naming the tag, and checks no code', async () => {
      // Prepare: prod-hr-01 is the demo fleet's one instance without dbvoice:tasks=enabled
      const session = local.stack.newSession({ locale });

      // Act: the skill hears the request before anyone asks for a code
      const refused = await session.say('reboot hr in oregon');

      // Assess
      expect(refused.spokenBy).toBe('skill');
      expect(refused.sessionEnded).toBe(true);
      expect(refused.speech).toBe(
        "hr in Oregon isn't enabled for reboots. An operator can enable it with the tag dbvoice tasks = enabled. Nothing was changed.",
      );
      expect(countCalls(refused.calls, 'GetSessionToken')).toBe(0);
      expect(countCalls(refused.calls, 'RebootDBInstance')).toBe(0);
      expect((await local.control.state()).regions['us-west-2']?.instancesByStatus.rebooting).toBeUndefined();
    });

    it('turns e-mail notifications on and confirms by SNS', async () => {
      // Act
      const turn = await local.stack.newSession({ locale }).say('turn notifications on');

      // Assess
      expect(turn.exchanges[0]?.request.request).toMatchObject({ intent: { name: 'SetNotifications' } });
      expect(turn.speech).toMatch(/^Notifications are on\./);
      expect(countCalls(turn.calls, 'PutItem')).toBe(1);
      expect(countCalls(turn.calls, 'Publish')).toBe(1);
      expect(await local.control.published()).toHaveLength(1);
    });
  });
});
