import type { ResponseEnvelope } from 'ask-sdk-model';
import { afterEach, describe, expect, it } from 'vitest';
import { enUS } from '../../../src/skill/speech/locales/en-US.js';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill } from '../../helpers/testSkill.js';

let rds: ReturnType<typeof mockFleet> | undefined;
afterEach(() => rds?.restore());

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' };
const STATUS = { value: 'status', id: 'status' };
const fleet = {
  'us-west-2': [
    dbInstance({ identifier: 'ledger-db-1', name: 'ledger' }),
    dbInstance({ identifier: 'ledger-dr-1', name: 'ledger-dr' }),
    dbInstance({ identifier: 'hr-west', name: 'hr' }),
    dbInstance({ identifier: 'shop-1', name: 'shop' }),
  ],
  'us-east-1': [dbInstance({ identifier: 'hr-east', name: 'hr', region: 'us-east-1' })],
};

/** The same conversation's next request: the session attributes the last answer returned. */
function next(response: ResponseEnvelope) {
  return { newSession: false, attributes: response.sessionAttributes ?? {} };
}

function directiveTypes(response: ResponseEnvelope): string[] {
  return (response.response.directives ?? []).map((d) => d.type);
}

/** A skill over the test fleet, and its answer to 'what is the status of `instance` in Oregon?'. */
async function askStatusInOregon(instance: string) {
  rds = mockFleet(fleet);
  const { skill } = createTestSkill();
  const question = await skill.invoke(
    intentRequest('CheckInstanceProperty', {
      property: STATUS,
      instance: { value: instance },
      region: OREGON,
    }),
  );
  return { skill, question };
}

describe('Handler: answers to "did you mean"', () => {
  it('asks the question again with the name offered when the answer is yes', async () => {
    // Prepare
    const { skill, question } = await askStatusInOregon('shopp');

    // Act
    const yes = await skill.invoke(intentRequest('AMAZON.YesIntent', {}, next(question)));

    // Assess
    expect(spoken(question)).toBe("I couldn't find an instance called shopp in Oregon. Did you mean shop?");
    expect(question.response.shouldEndSession).not.toBe(true);
    expect(directiveTypes(question)).toEqual(['Dialog.ElicitSlot']);
    expect(spoken(yes)).toBe('The status of shop in Oregon is available.');
  });

  it('takes a yes heard as the slot value as a yes', async () => {
    // Prepare
    const { skill, question } = await askStatusInOregon('shopp');

    // Act: the device filled the elicited instance slot with "yes"
    const yes = await skill.invoke(
      intentRequest(
        'CheckInstanceProperty',
        { property: STATUS, instance: { value: 'yes' }, region: OREGON },
        { ...next(question), dialogState: 'IN_PROGRESS' },
      ),
    );

    // Assess
    expect(spoken(yes)).toBe('The status of shop in Oregon is available.');
  });

  it('asks which one when several names were offered', async () => {
    // Prepare
    const { skill, question } = await askStatusInOregon('ledgr');

    // Act
    const yes = await skill.invoke(intentRequest('AMAZON.YesIntent', {}, next(question)));

    // Assess
    expect(spoken(question)).toMatch(/Did you mean ledger or ledger-dr\?$/);
    expect(spoken(yes)).toBe('Which one: ledger or ledger-dr?');
    expect(yes.response.directives?.[0]).toMatchObject({
      type: 'Dialog.ElicitSlot',
      slotToElicit: 'instance',
      updatedIntent: { name: 'CheckInstanceProperty' },
    });
  });

  it('asks which instance was meant when the answer is no, and keeps listening', async () => {
    // Prepare
    const { skill, question } = await askStatusInOregon('shopp');

    // Act
    const no = await skill.invoke(intentRequest('AMAZON.NoIntent', {}, next(question)));
    const noAgain = await skill.invoke(intentRequest('AMAZON.NoIntent', {}, next(no)));

    // Assess
    expect(spoken(no)).toBe('OK. Which instance did you mean? You can also ask me to list them.');
    expect(no.response.directives?.[0]).toMatchObject({
      type: 'Dialog.ElicitSlot',
      slotToElicit: 'instance',
    });
    expect(spoken(noAgain)).toBe('OK. What else would you like to know?');
    expect(noAgain.response.shouldEndSession).toBe(false);
  });
});

describe('Handler: yes and no with no question pending', () => {
  it.each([
    ['AMAZON.YesIntent', "Sorry, I wasn't waiting for a yes."],
    ['AMAZON.NoIntent', 'OK, nothing was changed.'],
  ])('answers %s plainly, not with the fallback, and keeps listening', async (intent, expected) => {
    // Prepare
    const { skill } = createTestSkill();

    // Act
    const response = await skill.invoke(intentRequest(intent, {}, { newSession: false }));

    // Assess
    expect(spoken(response)).toContain(expected);
    expect(spoken(response)).not.toBe(enUS.fallback.speech);
    expect(response.response.shouldEndSession).toBe(false);
  });
});

describe('Handler: no to a task question', () => {
  it('drops the reboot when the answer to "which Region?" is no, and the Region slot heard it', async () => {
    // Prepare: hr is in two Regions, so the skill asks which
    rds = mockFleet(fleet);
    const { skill } = createTestSkill();
    const question = await skill.invoke(
      intentRequest('RebootInstance', {
        instance: { value: 'hr' },
        mfaCode: { value: '123456', type: 'AMAZON.NUMBER' },
      }),
    );

    // Act
    const no = await skill.invoke(
      intentRequest(
        'RebootInstance',
        { instance: { value: 'hr' }, region: { value: 'no', type: 'REGION' } },
        { ...next(question), dialogState: 'IN_PROGRESS' },
      ),
    );

    // Assess
    expect(spoken(question)).toBe('I found hr in Oregon and North Virginia. Which Region do you mean?');
    expect(spoken(no)).toBe("OK, I won't reboot hr. Nothing was changed. What else would you like to know?");
    expect(no.response.shouldEndSession).toBe(false);
    expect(rds.calls().filter((call) => call.args[0].constructor.name === 'RebootDBInstanceCommand')).toEqual(
      [],
    );
  });

  it('drops the reboot when the answer to the skill asking for the MFA code again is no', async () => {
    // Prepare: a code that is not six digits makes the skill ask for it again
    rds = mockFleet(fleet);
    const { skill } = createTestSkill();
    const question = await skill.invoke(
      intentRequest('RebootInstance', {
        instance: { value: 'shop' },
        region: OREGON,
        mfaCode: { value: '12', type: 'AMAZON.NUMBER' },
      }),
    );

    // Act
    const no = await skill.invoke(intentRequest('AMAZON.NoIntent', {}, next(question)));

    // Assess
    expect(question.response.directives?.[0]).toMatchObject({
      type: 'Dialog.ElicitSlot',
      slotToElicit: 'mfaCode',
    });
    expect(spoken(no)).toBe(
      "OK, I won't reboot shop. Nothing was changed. What else would you like to know?",
    );
    expect(JSON.stringify(no.sessionAttributes ?? {})).not.toContain('"12"');
  });
});
