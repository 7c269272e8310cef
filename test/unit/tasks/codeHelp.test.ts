import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { createTestSkill } from '../../helpers/testSkill.js';
import { Conversation, dialogDirective, mockTaskAws, OREGON, type TaskAws } from './taskAws.js';

let aws: TaskAws;
afterEach(() => aws.restore());

const reporting = { instance: { value: 'reporting' }, region: OREGON };

describe('Handler: help and fallback while a task asks for its MFA code', () => {
  it('answers help with how to give the code, asks for it again for the same task, and the code then continues it', async () => {
    // Prepare
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const talk = new Conversation(skill);
    await talk.say('RebootInstance', reporting);
    // Act
    const help = await talk.say('AMAZON.HelpIntent');
    const confirmed = await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } });
    // Assess
    expect(spoken(help)).toBe(
      'I need the code from your M. F. A. device before I go on. Say the six digits your authenticator shows now, or say cancel.',
    );
    expect(help.response.shouldEndSession).not.toBe(true);
    expect(help.response.directives).toContainEqual(
      expect.objectContaining({
        type: 'Dialog.ElicitSlot',
        slotToElicit: 'mfaCode',
        updatedIntent: expect.objectContaining({
          name: 'RebootInstance',
          slots: expect.objectContaining({ instance: expect.objectContaining({ value: 'reporting' }) }),
        }),
      }),
    );
    expect(spoken(confirmed)).toBe('Reboot reporting in Oregon? This restarts the database.');
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(0);
    expect(aws.writes()).toHaveLength(0);
  });

  it('answers a reply it cannot place ("I don\'t have it") with how to leave, keeping the code question', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const talk = new Conversation(skill);
    await talk.say('RebootInstance', reporting);

    const unclear = await talk.say('AMAZON.FallbackIntent');
    const again = await talk.say('AMAZON.HelpIntent');

    expect(spoken(unclear)).toContain("If you don't have it, say cancel.");
    expect(spoken(unclear)).toContain('nothing has changed');
    expect(dialogDirective(unclear)).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'mfaCode' });
    // The question survives the fallback: help is still about the code.
    expect(spoken(again)).toContain('Say the six digits your authenticator shows now');
    expect(aws.writes()).toHaveLength(0);
  });

  it('says it in Japanese for a ja-JP listener', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const talk = new Conversation(skill, { locale: 'ja-JP' });
    await talk.say('RebootInstance', reporting);
    const help = await talk.say('AMAZON.HelpIntent');
    expect(spoken(help)).toContain('6桁の数字');
    expect(spoken(help)).toContain('キャンセル');
    expect(dialogDirective(help)).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'mfaCode' });
  });

  it('gives the ordinary help once the task is over, and never re-asks an intent that takes no code', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const talk = new Conversation(skill);
    await talk.say('RebootInstance', reporting);
    await talk.say('RebootInstance', { ...reporting, mfaCode: { value: '123456' } }, 'DENIED');
    const after = await talk.say('AMAZON.HelpIntent');
    expect(spoken(after)).toMatch(/^You can ask me about your database fleet/);

    // A session that claims a code question about an intent without a code gets the ordinary help.
    const forged = await skill.invoke(
      intentRequest(
        'AMAZON.HelpIntent',
        {},
        {
          newSession: false,
          attributes: {
            dbvoiceQuestion: {
              kind: 'slot',
              slot: 'mfaCode',
              intent: { name: 'ListAlarms', confirmationStatus: 'NONE' },
            },
          },
        },
      ),
    );
    expect(spoken(forged)).toMatch(/^You can ask me about your database fleet/);
    expect(forged.response.directives ?? []).not.toContainEqual(
      expect.objectContaining({ type: 'Dialog.ElicitSlot' }),
    );
  });
});
