import { describe, expect, it } from 'vitest';
import { countCalls, spokenCode, useTestStack } from './startTestStack.js';

describe('Console: help and unclear replies while a task asks for its MFA code (bundled skill, demo fleet)', () => {
  // A reboot changes the fleet, and AWS refuses a code twice: every test starts from the seed.
  const local = useTestStack();

  it('answers help about the code, keeps the reboot, and the code then a yes reboots', async () => {
    // Prepare
    const session = local.stack.newSession({ locale: 'en-US' });

    // Act
    const askCode = await session.say('reboot payroll in oregon');
    const help = await session.say('help');
    const confirm = await session.say(spokenCode(local.stack));
    const done = await session.say('yes');

    // Assess
    expect(askCode.speech).toMatch(/code/i);
    expect(help.speech).toBe(
      'I need the code from your M. F. A. device before I go on. Say the six digits your authenticator shows now, or say cancel.',
    );
    expect(help.sessionEnded).not.toBe(true);
    expect(confirm.speech).toBe('Reboot payroll in Oregon? This restarts the database.');
    expect(done.speech).toMatch(/^Rebooting payroll in Oregon\./);
    expect(countCalls(done.calls, 'RebootDBInstance', 'us-west-2')).toBe(1);
    expect((await local.control.state()).regions['us-west-2']?.instancesByStatus.rebooting).toBe(1);
  });

  it("says how to leave when the user has no code, keeps asking for it, and 'cancel' changes nothing", async () => {
    // Prepare
    const session = local.stack.newSession({ locale: 'en-US' });
    await session.say('reboot payroll in oregon');

    // Act
    const noCode = await session.say("i don't have it");
    const cancelled = await session.say('cancel');

    // Assess
    expect(noCode.speech).toContain("If you don't have it, say cancel.");
    expect(noCode.sessionEnded).not.toBe(true);
    expect(cancelled.sessionEnded).toBe(true);
    expect(countCalls([...noCode.calls, ...cancelled.calls], 'RebootDBInstance')).toBe(0);
    expect((await local.control.state()).regions['us-west-2']?.instancesByStatus.rebooting).toBeUndefined();
  });

  it('keeps a database user change the same way: help, then the code reaches its confirmation', async () => {
    // Prepare
    const session = local.stack.newSession({ locale: 'en-US' });
    await session.say('create a read-only user for alice on the dev reporting database');

    // Act
    const help = await session.say('help');
    const confirm = await session.say(spokenCode(local.stack));
    const declined = await session.say('no');

    // Assess
    expect(help.speech).toContain('Say the six digits your authenticator shows now, or say cancel.');
    expect(confirm.speech).toMatch(/alice/);
    expect(confirm.speech).toMatch(/\?$/);
    expect(declined.speech).toMatch(/nothing was changed|won't|will not/i);
  });
});
