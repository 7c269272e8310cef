import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it } from 'vitest';
import { spoken, TEST_USER_ID } from '../../helpers/alexaRequests.js';
import { createTestSkill, NOW } from '../../helpers/testSkill.js';
import {
  auditRecords,
  Conversation,
  dialogDirective,
  MFA_SECRETS,
  mockTaskAws,
  OREGON,
  sha256,
  type TaskAws,
} from './taskAws.js';

let aws: TaskAws;
afterEach(() => aws.restore());

const MINUTE = 60_000;
const reporting = { instance: { value: 'reporting' }, region: OREGON };

type Skill = ReturnType<typeof createTestSkill>['skill'];

/** A whole attempt: the code, then yes. Returns what was said after the yes. */
async function attempt(skill: Skill, code: string, speaker: { userId?: string } = {}) {
  const talk = new Conversation(skill, speaker);
  const first = await talk.say('RebootInstance', { ...reporting, mfaCode: { value: code } });
  if (dialogDirective(first)?.type !== 'Dialog.ConfirmIntent') return first;
  return talk.say('RebootInstance', { ...reporting, mfaCode: { value: code } }, 'CONFIRMED');
}

describe('Handler: RebootInstance lockout', () => {
  it('locks tasks after three rejected codes in 15 minutes, and then sends no code to STS', async () => {
    // Prepare
    aws = mockTaskAws();
    let now = NOW;
    const { skill, logLines } = createTestSkill({ now: () => now });
    // Act
    await attempt(skill, '900001');
    now += 5 * MINUTE;
    await attempt(skill, '900002');
    now += 5 * MINUTE;
    const third = await attempt(skill, '900003');
    now += MINUTE;
    const refused = await attempt(skill, '123456');
    // Assess
    expect(spoken(third)).toBe(
      'That code was not accepted either. After three rejected codes, reboots and failovers are locked for 15 minutes.',
    );
    expect(third.response.shouldEndSession).toBe(true);
    expect(spoken(refused)).toBe(
      'Reboots and failovers are locked for another 14 minutes, because three M. F. A. codes were rejected. Nothing was changed.',
    );
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(3);
    expect(aws.writes()).toHaveLength(0);
    expect(auditRecords(logLines).map((a) => a.result)).toEqual([
      'codeRejected',
      'codeRejected',
      'lockedOut',
      'refusedLocked',
    ]);
  });

  it('lifts the lock after 15 minutes', async () => {
    aws = mockTaskAws();
    let now = NOW;
    const { skill } = createTestSkill({ now: () => now });
    for (const code of ['900001', '900002', '900003']) await attempt(skill, code);
    now += 15 * MINUTE - 1_000;
    const stillLocked = await attempt(skill, '123456');
    now += 2_000;
    const done = await attempt(skill, '123456');
    expect(spoken(stillLocked)).toContain('locked for another 1 minute');
    expect(spoken(done)).toBe('Rebooting reporting in Oregon. It will be available again in a few minutes.');
    expect(aws.writes()).toHaveLength(1);
  });

  it('does not lock for rejections spread over more than 15 minutes', async () => {
    aws = mockTaskAws();
    let now = NOW;
    const { skill } = createTestSkill({ now: () => now });
    await attempt(skill, '900001');
    now += 8 * MINUTE;
    await attempt(skill, '900002');
    now += 8 * MINUTE;
    const third = await attempt(skill, '900003');
    expect(spoken(third)).toContain('That code was not accepted. You can try 1 more time.');
  });

  it('locks the shared MFA device for every user, after sending no code of theirs to STS', async () => {
    // Prepare: the team shares one MFA device, so three rejected codes lock it for everyone (issue 12, item 6)
    aws = mockTaskAws();
    const { skill, logLines } = createTestSkill();
    for (const code of ['900001', '900002', '900003']) await attempt(skill, code);
    // Act
    const other = await attempt(skill, '123456', { userId: 'amzn1.ask.account.OTHER' });
    // Assess
    expect(spoken(other)).toBe(
      'Reboots and failovers are locked for another 15 minutes, because three M. F. A. codes were rejected. Nothing was changed.',
    );
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(3);
    expect(aws.writes()).toHaveLength(0);
    expect(auditRecords(logLines).map((a) => a.result)).toEqual([
      'codeRejected',
      'codeRejected',
      'lockedOut',
      'refusedLocked',
    ]);
  });

  it('keeps the lock across cold starts in the state table, keyed by hashes of the user id and MFA device', async () => {
    // Prepare
    aws = mockTaskAws();
    const env = { STATE_TABLE: 'dbvoice-state' };
    const first = createTestSkill({ env });
    for (const code of ['900001', '900002', '900003']) await attempt(first.skill, code);
    // Act: a new container, with nothing in memory
    const second = createTestSkill({ env });
    const refused = await attempt(second.skill, '123456');
    // Assess
    expect(spoken(refused)).toContain('Reboots and failovers are locked for another 15 minutes');
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(3);
    const device = MFA_SECRETS.serial;
    expect([...aws.table.keys()].sort()).toEqual(
      [
        `mfa-user#${sha256(TEST_USER_ID)}`,
        `mfa-device#${sha256(device)}`,
        ...['900001', '900002', '900003'].map((code) => `mfa-code#${sha256(`${device}:${code}`)}`),
      ].sort(),
    );
    const stored = JSON.stringify([...aws.table.values()]);
    expect(stored).not.toContain(TEST_USER_ID);
    for (const code of ['900001', '900002', '900003']) expect(stored).not.toContain(code);
  });
});
