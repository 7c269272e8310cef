import { RebootDBInstanceCommand } from '@aws-sdk/client-rds';
import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { createTestSkill } from '../../helpers/testSkill.js';
import { Conversation, dialogDirective, mockTaskAws, OREGON, type TaskAws } from './taskAws.js';

let aws: TaskAws;
afterEach(() => aws.restore());

const reporting = { instance: { value: 'reporting' }, region: OREGON };
const withCode = { ...reporting, mfaCode: { value: '123456' } };
const QUESTION = 'Reboot reporting in Oregon? This restarts the database.';

describe('Handler: help while a task waits for its yes', () => {
  it('says what a yes and a no do, asks the same question again, and a no then changes nothing', async () => {
    // Prepare
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const talk = new Conversation(skill);
    await talk.say('RebootInstance', withCode);
    // Act
    const help = await talk.say('AMAZON.HelpIntent');
    const declined = await talk.say('AMAZON.NoIntent');
    // Assess
    expect(spoken(help)).toBe(
      `Nothing has changed yet. Say no to leave everything as it is. If you say yes, I'll ask for your M. F. A. code again, since I never keep a code, and then check with you once more. ${QUESTION}`,
    );
    expect(help.response.shouldEndSession).not.toBe(true);
    expect(help.response.directives).toContainEqual(
      expect.objectContaining({
        type: 'Dialog.ConfirmIntent',
        updatedIntent: expect.objectContaining({
          name: 'RebootInstance',
          slots: expect.objectContaining({ instance: expect.objectContaining({ value: 'reporting' }) }),
        }),
      }),
    );
    // The code is not in what help sent back: it was never kept.
    expect(JSON.stringify(help)).not.toContain('123456');
    expect(spoken(declined)).toBe(
      "OK, I won't reboot reporting. Nothing was changed. What else would you like to know?",
    );
    expect(aws.writes()).toHaveLength(0);
    expect(aws.sts.commandCalls(GetSessionTokenCommand)).toHaveLength(0);
  });

  it('takes the yes after help: asks for the code again, checks once more, then reboots once', async () => {
    // Prepare
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const talk = new Conversation(skill);
    await talk.say('RebootInstance', withCode);
    await talk.say('AMAZON.HelpIntent');
    // Act: Alexa sends the question help asked again, confirmed, with no code in it.
    const yes = await talk.say('RebootInstance', reporting, 'CONFIRMED');
    const asked = await talk.say('RebootInstance', withCode);
    const done = await talk.say('RebootInstance', withCode, 'CONFIRMED');
    // Assess
    expect(spoken(yes)).toBe('What is the six digit code from your M. F. A. device?');
    expect(dialogDirective(yes)).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'mfaCode' });
    expect(spoken(asked)).toBe(QUESTION);
    expect(spoken(done)).toBe('Rebooting reporting in Oregon. It will be available again in a few minutes.');
    expect(aws.rds.commandCalls(RebootDBInstanceCommand)).toHaveLength(1);
  });

  it('says it in Japanese for a ja-JP listener', async () => {
    // Prepare
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const talk = new Conversation(skill, { locale: 'ja-JP' });
    const asked = await talk.say('RebootInstance', withCode);
    // Act
    const help = await talk.say('AMAZON.HelpIntent');
    // Assess
    expect(spoken(help)).toContain('まだ何も変更していません。やめる場合は「いいえ」と言ってください。');
    expect(spoken(help)).toContain(spoken(asked));
    expect(dialogDirective(help)?.type).toBe('Dialog.ConfirmIntent');
  });

  it('gives the ordinary help for a forged confirmation of an intent that takes no code', async () => {
    aws = mockTaskAws();
    const { skill } = createTestSkill();
    const forged = await skill.invoke(
      intentRequest(
        'AMAZON.HelpIntent',
        {},
        {
          newSession: false,
          attributes: {
            dbvoiceQuestion: {
              kind: 'confirmation',
              intent: { name: 'ListAlarms', confirmationStatus: 'NONE' },
            },
          },
        },
      ),
    );
    expect(spoken(forged)).toMatch(/^You can ask me about your database fleet/);
    expect(dialogDirective(forged)).toBeUndefined();
  });
});
