import { DescribeDBInstancesCommand, RebootDBInstanceCommand } from '@aws-sdk/client-rds';
import { GetParametersCommand } from '@aws-sdk/client-ssm';
import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken, TEST_USER_ID } from '../../helpers/alexaRequests.js';
import { createTestSkill, NOW } from '../../helpers/testSkill.js';
import {
  auditRecords,
  Conversation,
  dialogDirective,
  MFA_SECRETS,
  mockTaskAws,
  OREGON,
  SESSION_SECRETS,
  sha256,
  type TaskAws,
} from './taskAws.js';

let aws: TaskAws;
afterEach(() => aws.restore());

const reporting = { instance: { value: 'reporting' }, region: OREGON };

describe('Handler: RebootInstance', () => {
  it('asks to confirm with the code from the first utterance, then reboots after yes and an accepted code', async () => {
    // Prepare
    aws = mockTaskAws();
    const { skill, logLines } = createTestSkill();
    const talk = new Conversation(skill);
    // Act
    const asked = await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } });
    const callsBeforeYes = aws.sts.commandCalls(GetSessionTokenCommand).length;
    const done = await talk.say(
      'RebootInstance',
      { ...reporting, mfaCode: { value: '123456' } },
      'CONFIRMED',
    );
    // Assess
    expect(spoken(asked)).toBe('Reboot reporting in Oregon? This restarts the database.');
    expect(dialogDirective(asked)?.type).toBe('Dialog.ConfirmIntent');
    expect(callsBeforeYes).toBe(0);
    expect(spoken(done)).toBe('Rebooting reporting in Oregon. It will be available again in a few minutes.');
    const stsCalls = aws.sts.commandCalls(GetSessionTokenCommand);
    expect(stsCalls).toHaveLength(1);
    expect(stsCalls[0]!.args[0].input).toMatchObject({
      TokenCode: '123456',
      SerialNumber: MFA_SECRETS.serial,
    });
    const reboots = aws.rds.commandCalls(RebootDBInstanceCommand);
    expect(reboots).toHaveLength(1);
    expect(reboots[0]!.args[0].input).toEqual({ DBInstanceIdentifier: 'prod-reporting-01' });
    expect(auditRecords(logLines)).toEqual([
      expect.objectContaining({
        who: sha256(TEST_USER_ID),
        what: 'RebootInstance',
        action: 'reboot',
        instance: 'prod-reporting-01',
        region: 'us-west-2',
        result: 'done',
      }),
    ]);
    const everything = logLines.join('\n') + spoken(asked) + spoken(done);
    for (const secret of [...Object.values(MFA_SECRETS), ...Object.values(SESSION_SECRETS), TEST_USER_ID]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('reads the MFA keys once per container', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    for (const code of ['111111', '122222']) {
      const talk = new Conversation(skill);
      await talk.say('RebootInstance', { ...reporting, mfaCode: { value: code } });
      await talk.say('RebootInstance', { ...reporting, mfaCode: { value: code } }, 'CONFIRMED');
    }
    expect(aws.rds.commandCalls(RebootDBInstanceCommand)).toHaveLength(2);
    expect(aws.ssm.commandCalls(GetParametersCommand)).toHaveLength(1);
  });

  it('forgets the Region inventory after a reboot, so the next answer shows the new status', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const talk = new Conversation(skill);
    await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } });
    await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } }, 'CONFIRMED');
    const before = aws.rds.commandCalls(DescribeDBInstancesCommand).length;
    await skill.invoke(intentRequest('ListInstances', { region: OREGON }));
    expect(aws.rds.commandCalls(DescribeDBInstancesCommand).length).toBe(before + 1);
  });

  it('asks for the code when the utterance had none, and confirms once it is given', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const talk = new Conversation(skill);
    const elicited = await talk.say('RebootInstance', reporting);
    const confirmed = await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } });
    expect(spoken(elicited)).toBe('What is the six digit code from your M. F. A. device?');
    expect(dialogDirective(elicited)).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'mfaCode' });
    expect(spoken(confirmed)).toBe('Reboot reporting in Oregon? This restarts the database.');
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
  });

  it('asks again for something that is not a six digit code, without spending a try', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const response = await new Conversation(skill).say('RebootInstance', {
      ...reporting,
      mfaCode: { value: '12' },
    });
    expect(spoken(response)).toContain("That didn't sound like a six digit code.");
    expect(dialogDirective(response)).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'mfaCode' });
    expect(aws.sts.calls()).toHaveLength(0);
  });

  it('puts back a leading zero that AMAZON.NUMBER dropped', async () => {
    aws = mockTaskAws({ accepts: (code) => code === '012345' });
    const { skill } = createTestSkill();
    const talk = new Conversation(skill);
    await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '12345' } });
    const done = await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '12345' } }, 'CONFIRMED');
    expect(spoken(done)).toContain('Rebooting reporting');
    expect(aws.sts.commandCalls(GetSessionTokenCommand)[0]!.args[0].input.TokenCode).toBe('012345');
  });

  it('changes nothing and checks no code when the user says no', async () => {
    aws = mockTaskAws();
    const { skill, logLines } = createTestSkill();
    const talk = new Conversation(skill);
    await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } });
    const denied = await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } }, 'DENIED');
    expect(spoken(denied)).toBe("OK, I won't reboot reporting in Oregon. Nothing was changed.");
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.ssm.commandCalls(GetParametersCommand)).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
    expect(auditRecords(logLines).map((a) => a.result)).toEqual(['cancelled']);
  });

  it('does not spend a code on a "no": the same code still works afterwards', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const first = new Conversation(skill);
    await first.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } });
    await first.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } }, 'DENIED');
    const second = new Conversation(skill);
    await second.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } });
    const done = await second.say(
      'RebootInstance',
      { ...reporting, mfaCode: { value: '123456' } },
      'CONFIRMED',
    );
    expect(spoken(done)).toContain('Rebooting reporting');
    expect(aws.writes()).toHaveLength(1);
  });

  it('says a rejected code was not accepted, asks for the next one, and reboots nothing', async () => {
    aws = mockTaskAws();
    const { skill, logLines } = createTestSkill();
    const talk = new Conversation(skill);
    await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '999999' } });
    const rejected = await talk.say(
      'RebootInstance',
      { ...reporting, mfaCode: { value: '999999' } },
      'CONFIRMED',
    );
    expect(spoken(rejected)).toBe(
      'That code was not accepted. You can try 2 more times. Wait for the next code on your device, then tell me that one.',
    );
    expect(dialogDirective(rejected)).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'mfaCode' });
    // The next code is confirmed on its own: the yes for the rejected code does not carry over.
    const updated = (dialogDirective(rejected) as { updatedIntent?: { confirmationStatus?: string } })
      .updatedIntent;
    expect(updated?.confirmationStatus).toBe('NONE');
    expect(aws.writes()).toHaveLength(0);
    expect(auditRecords(logLines).map((a) => a.result)).toEqual(['codeRejected']);
  });

  it('never sends a used code to STS again, accepted or rejected', async () => {
    aws = mockTaskAws();
    const { skill, logLines } = createTestSkill();
    for (const code of ['123456', '999999']) {
      const talk = new Conversation(skill);
      await talk.say('RebootInstance', { ...reporting, mfaCode: { value: code } });
      await talk.say('RebootInstance', { ...reporting, mfaCode: { value: code } }, 'CONFIRMED');
    }
    const stsBefore = aws.sts.commandCalls(GetSessionTokenCommand).length;
    const replies: string[] = [];
    for (const code of ['123456', '999999']) {
      const talk = new Conversation(skill);
      replies.push(spoken(await talk.say('RebootInstance', { ...reporting, mfaCode: { value: code } })));
      replies.push(
        spoken(await talk.say('RebootInstance', { ...reporting, mfaCode: { value: code } }, 'CONFIRMED')),
      );
    }
    expect(stsBefore).toBe(2);
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(2);
    expect(replies.every((r) => r.startsWith('That code was already used'))).toBe(true);
    expect(aws.writes()).toHaveLength(1);
    expect(auditRecords(logLines).filter((a) => a.result === 'codeReused')).toHaveLength(4);
  });

  it('still refuses a used code hours later, without asking STS', async () => {
    aws = mockTaskAws();
    let now = NOW;
    const { skill } = createTestSkill({ now: () => now });
    const first = new Conversation(skill);
    await first.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } });
    await first.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } }, 'CONFIRMED');
    now += 20 * 60 * 60_000;
    const again = await new Conversation(skill).say('RebootInstance', {
      ...reporting,
      mfaCode: { value: '123456' },
    });
    expect(spoken(again)).toContain('That code was already used');
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(1);
  });

  it('asks again instead of acting on a CONFIRMED it never asked for', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest(
        'RebootInstance',
        { ...reporting, mfaCode: { value: '123456' } },
        { confirmationStatus: 'CONFIRMED' },
      ),
    );
    expect(dialogDirective(response)?.type).toBe('Dialog.ConfirmIntent');
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
  });

  it('asks again when the yes was for another instance', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const talk = new Conversation(skill);
    await talk.say('RebootInstance', {
      instance: { value: 'hr' },
      region: OREGON,
      mfaCode: { value: '123456' },
    });
    const response = await talk.say(
      'RebootInstance',
      { ...reporting, mfaCode: { value: '123456' } },
      'CONFIRMED',
    );
    expect(spoken(response)).toBe('Reboot reporting in Oregon? This restarts the database.');
    expect(aws.sts.calls()).toHaveLength(0);
  });

  it('names the status of an instance that is not available, before asking for a code', async () => {
    aws = mockTaskAws();
    const { skill, logLines } = createTestSkill();
    const response = await new Conversation(skill).say('RebootInstance', {
      instance: { value: 'billing' },
      region: OREGON,
    });
    expect(spoken(response)).toBe(
      "billing in Oregon is backing up, not available, so I can't reboot it now. Nothing was changed.",
    );
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
    expect(auditRecords(logLines)).toEqual([
      expect.objectContaining({
        result: 'refusedNotPossible',
        instance: 'prod-billing-01',
        detail: 'notAvailable: backing-up',
      }),
    ]);
  });

  it('explains that the MFA user is not set up, and calls no STS', async () => {
    aws = mockTaskAws({ mfaMissing: true });
    const { skill, logLines } = createTestSkill();
    const talk = new Conversation(skill);
    await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } });
    const response = await talk.say(
      'RebootInstance',
      { ...reporting, mfaCode: { value: '123456' } },
      'CONFIRMED',
    );
    expect(spoken(response)).toContain('the M. F. A. user is not set up');
    expect(aws.sts.calls()).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
    expect(auditRecords(logLines).map((a) => a.result)).toEqual(['mfaUnavailable']);
  });

  it('answers plainly when RDS refuses the reboot because of the state it just entered', async () => {
    aws = mockTaskAws();
    aws.rds
      .on(RebootDBInstanceCommand)
      .rejects(Object.assign(new Error('not available'), { name: 'InvalidDBInstanceStateFault' }));
    const { skill } = createTestSkill();
    const talk = new Conversation(skill);
    await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } });
    const response = await talk.say(
      'RebootInstance',
      { ...reporting, mfaCode: { value: '123456' } },
      'CONFIRMED',
    );
    expect(spoken(response)).toBe(
      'R. D. S. refused to reboot reporting in Oregon: it is not in a state that allows it right now. Nothing was changed.',
    );
  });
});
