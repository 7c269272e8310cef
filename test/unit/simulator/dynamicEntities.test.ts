import { type HandlerInput, SkillBuilders } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Response } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { AlexaSession } from '../../../src/local/simulator/AlexaSession.js';
import { loadInteractionModel } from '../../../src/local/simulator/loadInteractionModel.js';

const SKILL_ID = 'amzn1.ask.skill.dynamic-test';
const model = loadInteractionModel('en-US');

/** A skill that sends `directive` with its answer to the LaunchRequest and to "help", and logs requests. */
function skillSending(directive: (input: HandlerInput) => Response['directives']) {
  const received: RequestEnvelope[] = [];
  const skill = SkillBuilders.custom()
    .withSkillId(SKILL_ID)
    .addRequestHandlers({
      canHandle: () => true,
      handle: (input) => {
        const response = input.responseBuilder.speak('OK').reprompt('And?').getResponse();
        const { request } = input.requestEnvelope;
        const sends =
          request.type === 'LaunchRequest' ||
          (request.type === 'IntentRequest' && request.intent.name === 'AMAZON.HelpIntent');
        return sends ? { ...response, directives: directive(input) } : response;
      },
    })
    .create();
  const session = new AlexaSession({
    model,
    skillId: SKILL_ID,
    invoke: async (envelope) => {
      received.push(structuredClone(envelope));
      return skill.invoke(envelope);
    },
  });
  return { session, received };
}

const REPLACE: Response['directives'] = [
  {
    type: 'Dialog.UpdateDynamicEntities',
    updateBehavior: 'REPLACE',
    types: [
      {
        name: 'DB_INSTANCE',
        values: [{ id: 'inventory-api', name: { value: 'inventory api', synonyms: ['inventory a. p. i.'] } }],
      },
    ],
  },
];

function instanceSlot(envelope: RequestEnvelope | undefined) {
  return (envelope?.request as IntentRequest | undefined)?.intent.slots?.instance;
}

describe('Simulator: Dialog.UpdateDynamicEntities', () => {
  it('resolves later slot values of the type under the dynamic authority first, as Alexa does', async () => {
    // Prepare
    const { session, received } = skillSending(() => REPLACE);
    await session.say('open database fleet');

    // Act
    await session.say("what's the cpu on inventory api in oregon");

    // Assess
    const authorities = instanceSlot(received.at(-1))?.resolutions?.resolutionsPerAuthority ?? [];
    expect(authorities[0]).toEqual({
      authority: `amzn1.er-authority.echo-sdk.dynamic.${SKILL_ID}.DB_INSTANCE`,
      status: { code: 'ER_SUCCESS_MATCH' },
      values: [{ value: { name: 'inventory api', id: 'inventory-api' } }],
    });
    expect(authorities[1]?.authority).toBe(`amzn1.er-authority.echo-sdk.${SKILL_ID}.DB_INSTANCE`);
    expect(session.dynamicEntityTypes).toEqual(['DB_INSTANCE']);
  });

  it('reports ER_SUCCESS_NO_MATCH under the dynamic authority for a name the skill did not send', async () => {
    // Prepare
    const { session, received } = skillSending(() => REPLACE);
    await session.say('open database fleet');

    // Act
    await session.say("what's the cpu on payroll in oregon");

    // Assess
    expect(instanceSlot(received.at(-1))?.resolutions?.resolutionsPerAuthority?.[0]).toMatchObject({
      authority: `amzn1.er-authority.echo-sdk.dynamic.${SKILL_ID}.DB_INSTANCE`,
      status: { code: 'ER_SUCCESS_NO_MATCH' },
    });
  });

  it('forgets the entities on CLEAR and when the session ends', async () => {
    // Prepare
    const { session, received } = skillSending((input) =>
      input.requestEnvelope.request.type === 'LaunchRequest'
        ? REPLACE
        : [{ type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'CLEAR' }],
    );
    await session.say('open database fleet');

    // Act
    await session.say('help');
    await session.say("what's the cpu on inventory api in oregon");
    const afterClear = instanceSlot(received.at(-1));
    await session.say('open database fleet');
    await session.end();
    await session.say("what's the cpu on inventory api in oregon");
    const nextSession = instanceSlot(received.at(-1));

    // Assess
    const dynamic = (slot: ReturnType<typeof instanceSlot>) =>
      (slot?.resolutions?.resolutionsPerAuthority ?? []).filter((r) => r.authority.includes('.dynamic.'));
    expect(dynamic(afterClear)).toEqual([]);
    expect(dynamic(nextSession)).toEqual([]);
  });

  it('warns about a slot type the model does not declare', async () => {
    // Act
    const { session } = skillSending(() => [
      {
        type: 'Dialog.UpdateDynamicEntities',
        updateBehavior: 'REPLACE',
        types: [{ name: 'PIZZA', values: [] }],
      },
    ]);
    const turn = await session.say('open database fleet');

    // Assess
    expect(turn.warnings).toEqual([
      'Dialog.UpdateDynamicEntities names slot type PIZZA, which the model does not declare.',
    ]);
  });
});
