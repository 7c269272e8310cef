import { describe, expect, it } from 'vitest';
import { countCalls, spokenCode, useTestStack } from './startTestStack.js';

const HELP =
  "Nothing has changed yet. Say no to leave everything as it is. If you say yes, I'll ask for your M. F. A. code again, since I never keep a code, and then check with you once more.";

describe('Console: help while a task waits for its yes (bundled skill, demo fleet)', () => {
  const local = useTestStack();

  it('says what yes and no do and asks again; yes, the code and yes then reboot once', async () => {
    // Prepare
    const session = local.stack.newSession({ locale: 'en-US' });
    await session.say('reboot payroll in oregon');
    await session.say(spokenCode(local.stack));

    // Act
    const help = await session.say('help');
    const yes = await session.say('yes');
    const again = await session.say(spokenCode(local.stack));
    const done = await session.say('yes');

    // Assess
    expect(help.speech).toBe(`${HELP} Reboot payroll in Oregon? This restarts the database.`);
    expect(help.sessionEnded).not.toBe(true);
    expect(countCalls(help.calls, 'RebootDBInstance')).toBe(0);
    expect(yes.speech).toMatch(/code/i);
    expect(again.speech).toBe('Reboot payroll in Oregon? This restarts the database.');
    expect(done.speech).toMatch(/^Rebooting payroll in Oregon\./);
    expect(countCalls([...yes.calls, ...again.calls, ...done.calls], 'RebootDBInstance', 'us-west-2')).toBe(
      1,
    );
    expect((await local.control.state()).regions['us-west-2']?.instancesByStatus.rebooting).toBe(1);
  });

  it('keeps a database user change the same way, and a no after help changes nothing', async () => {
    // Prepare
    const session = local.stack.newSession({ locale: 'en-US' });
    await session.say('create a read-only user for alice on the dev reporting database');
    const question = await session.say(spokenCode(local.stack));

    // Act
    const help = await session.say('help');
    const declined = await session.say('no');

    // Assess
    expect(question.speech).toMatch(/alice.*\?/);
    expect(help.speech).toBe(`${HELP} ${question.speech}`);
    expect(declined.speech).toMatch(/nothing was changed|won't|will not/i);
    expect(countCalls([...help.calls, ...declined.calls], 'StartAutomationExecution')).toBe(0);
    expect(countCalls([...help.calls, ...declined.calls], 'Invoke')).toBe(0);
  });
});
