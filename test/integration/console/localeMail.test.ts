import { describe, expect, it } from 'vitest';
import { spokenCode, useTestStack } from './startTestStack.js';

/**
 * How each locale writes the time an e-mail was asked, as its readers expect a date: month first and a.m./p.m.
 * in en-US, day first and a 24-hour clock in en-GB, day first and a.m./p.m. in en-IN (Intl spells the day
 * period in lower case there).
 */
const ASKED_ON: readonly [string, RegExp][] = [
  ['en-US', /Asked on [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2}:\d{2}\s[AP]M UTC\.$/],
  ['en-GB', /Asked on \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}:\d{2} UTC\.$/],
  ['en-IN', /Asked on \d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}:\d{2}:\d{2}\s[ap]m UTC\.$/],
];

describe('Console: e-mails in the listener’s locale (bundled skill, demo fleet, SNS through the emulator)', () => {
  const local = useTestStack();

  it.each(ASKED_ON)('dates an e-mailed answer the %s way', async (locale, askedOn) => {
    // Prepare
    const session = local.stack.newSession({ locale });
    await session.say('turn notifications on');
    const before = (await local.control.published()).length;

    // Act
    const answer = await session.say('how many instances in Ireland');

    // Assess
    const mails = (await local.control.published()).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.message).toContain(answer.speech);
    expect(mails[0]?.message).toMatch(askedOn);
  });

  it('writes a reboot’s audit record with the en-GB date and time beside the ISO time', async () => {
    // Prepare
    const session = local.stack.newSession({ locale: 'en-GB' });
    await session.say('turn notifications on');
    await session.say('give payroll a reboot');
    await session.say(spokenCode(local.stack));
    const before = (await local.control.published()).length;

    // Act
    const done = await session.say('yes');

    // Assess
    const audit = (await local.control.published()).slice(before).find((m) => m.subject?.includes('audit'));
    expect(done.speech).toMatch(/^Rebooting payroll in Oregon\./);
    expect(audit?.message).toMatch(
      /\nAt: \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}:\d{2} UTC \(\d{4}-\d{2}-\d{2}T[\d:.]+Z\)$/,
    );
    expect(audit?.message).toContain('Result: done');
  });
});
