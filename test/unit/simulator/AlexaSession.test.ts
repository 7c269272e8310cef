import { getSlotValue, type HandlerInput, SkillBuilders } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { AlexaSession } from '../../../src/local/simulator/AlexaSession.js';
import { buildUtteranceMatcher } from '../../../src/local/simulator/buildUtteranceMatcher.js';
import type { InteractionModelData } from '../../../src/local/simulator/InteractionModelData.js';
import { interpret } from '../../../src/local/simulator/interpret.js';
import { loadInteractionModel } from '../../../src/local/simulator/loadInteractionModel.js';

const SKILL_ID = 'amzn1.ask.skill.session-test';
const model = loadInteractionModel('en-US');
/** The product model with every intent auto-delegated (the tasks' own SKILL_RESPONSE removed). */
const autoDelegated = structuredClone(model);
for (const intent of autoDelegated.interactionModel.dialog?.intents ?? []) delete intent.delegationStrategy;

type Script = (input: HandlerInput) => Response;

/**
 * A real ask-sdk-core skill (skill id verification on) whose only handler runs the test's script, and a
 * log of every envelope it received.
 */
function scriptedSkill(script: Script) {
  const received: RequestEnvelope[] = [];
  const skill = SkillBuilders.custom()
    .withSkillId(SKILL_ID)
    .addRequestHandlers({ canHandle: () => true, handle: script })
    .create();
  const invoke = async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
    received.push(structuredClone(envelope));
    return skill.invoke(envelope);
  };
  return { invoke, received };
}

function newSession(script: Script, sessionModel: InteractionModelData = model) {
  const skill = scriptedSkill(script);
  let id = 0;
  const session = new AlexaSession({
    model: sessionModel,
    invoke: skill.invoke,
    skillId: SKILL_ID,
    newId: () => `id-${++id}`,
    now: () => new Date('2025-03-01T12:34:56.789Z'),
  });
  return { session, received: skill.received };
}

const intentOf = (envelope: RequestEnvelope | undefined) =>
  (envelope?.request as IntentRequest | undefined)?.intent;
const dialogStateOf = (envelope: RequestEnvelope | undefined) =>
  (envelope?.request as IntentRequest | undefined)?.dialogState;
const requestType = (input: HandlerInput) => input.requestEnvelope.request.type;
const intentName = (input: HandlerInput) =>
  requestType(input) === 'IntentRequest' ? (input.requestEnvelope.request as IntentRequest).intent.name : '';

describe('Simulator: AlexaSession', () => {
  it('builds the envelopes a device sends, accepted by ask-sdk-core with skill id verification', async () => {
    // Prepare
    const { session, received } = newSession((input) =>
      input.responseBuilder
        .speak(`Got ${requestType(input)}`)
        .reprompt('And?')
        .getResponse(),
    );

    // Act
    const launch = await session.say('Alexa, open database fleet');
    const count = await session.say('how many instances in Oregon');

    // Assess
    expect(launch.speech).toBe('Got LaunchRequest');
    expect(count.speech).toBe('Got IntentRequest');
    expect(received[0]).toMatchObject({
      version: '1.0',
      session: {
        new: true,
        sessionId: 'amzn1.echo-api.session.id-1',
        application: { applicationId: SKILL_ID },
        user: { userId: expect.stringMatching(/^amzn1\.ask\.account\./) },
        attributes: {},
      },
      context: {
        System: {
          application: { applicationId: SKILL_ID },
          user: { userId: expect.any(String) },
          device: { deviceId: expect.any(String), supportedInterfaces: {} },
          apiEndpoint: 'https://api.amazonalexa.com',
          apiAccessToken: expect.any(String),
        },
      },
      request: {
        type: 'LaunchRequest',
        requestId: 'amzn1.echo-api.request.id-2',
        timestamp: '2025-03-01T12:34:56Z',
        locale: 'en-US',
      },
    });
    expect(received[1]?.session).toMatchObject({ new: false, sessionId: 'amzn1.echo-api.session.id-1' });
    expect(received[1]?.request).toMatchObject({
      type: 'IntentRequest',
      locale: 'en-US',
      dialogState: 'COMPLETED',
      intent: { name: 'NumberOfInstances', confirmationStatus: 'NONE' },
    });
    expect(getSlotValue(received[1]!, 'region')).toBe('oregon');
  });

  it('carries the session attributes of each response into the next request', async () => {
    const { session, received } = newSession((input) => {
      const attributes = input.attributesManager.getSessionAttributes();
      input.attributesManager.setSessionAttributes({ turns: Number(attributes.turns ?? 0) + 1 });
      return input.responseBuilder.speak('ok').reprompt('more?').getResponse();
    });

    await session.launch();
    await session.say('list applications');
    await session.say('list instances');

    expect(received.map((envelope) => envelope.session?.attributes)).toEqual([
      {},
      { turns: 1 },
      { turns: 2 },
    ]);
    expect(session.sessionAttributes).toEqual({ turns: 3 });
  });

  it('ends the session on shouldEndSession true, and starts a new one on the next utterance', async () => {
    const { session, received } = newSession((input) =>
      intentName(input) === 'AMAZON.StopIntent'
        ? input.responseBuilder.speak('Goodbye.').withShouldEndSession(true).getResponse()
        : input.responseBuilder.speak('Hello.').reprompt('Well?').getResponse(),
    );

    await session.launch();
    const stop = await session.say('stop');
    await session.say('list applications');

    expect(stop).toMatchObject({ speech: 'Goodbye.', sessionEnded: true });
    expect(received[2]?.session).toMatchObject({ new: true, sessionId: 'amzn1.echo-api.session.id-4' });
    expect(received[2]?.session?.sessionId).not.toBe(received[0]?.session?.sessionId);
  });

  it('closes the session after a speech-only answer, as a device without a screen does', async () => {
    const { session } = newSession((input) => input.responseBuilder.speak('Three instances.').getResponse());

    const turn = await session.say('how many instances');

    expect(turn.sessionEnded).toBe(true);
    expect(session.isOpen).toBe(false);
  });

  it('auto-delegates required slots from the dialog model before calling the skill', async () => {
    const { session, received } = newSession((input) =>
      input.responseBuilder.speak(`CPU of ${getSlotValue(input.requestEnvelope, 'instance')}`).getResponse(),
    );

    const asked = await session.say('check the CPU');
    const answered = await session.say('the hr instance');

    expect(asked).toMatchObject({ spokenBy: 'alexa', speech: 'Which instance?', exchanges: [] });
    expect(answered).toMatchObject({ spokenBy: 'skill', speech: 'CPU of hr' });
    expect(received).toHaveLength(1);
    expect(dialogStateOf(received[0])).toBe('COMPLETED');
    expect(intentOf(received[0])?.slots?.metric?.value).toBe('cpu');
  });

  it('fills the slot the skill elicits with Dialog.ElicitSlot from a bare answer', async () => {
    const { session, received } = newSession((input) => {
      const request = input.requestEnvelope.request as IntentRequest;
      if (!getSlotValue(input.requestEnvelope, 'region')) {
        return input.responseBuilder
          .speak('There is an hr in Oregon and in Ireland. Which Region?')
          .reprompt('Which Region?')
          .addElicitSlotDirective('region', request.intent)
          .getResponse();
      }
      return input.responseBuilder.speak('Connected.').getResponse();
    });

    const question = await session.say('connect to hr');
    const answer = await session.say('Oregon');

    expect(question.speech).toBe('There is an hr in Oregon and in Ireland. Which Region?');
    expect(session.pending).toBeUndefined();
    expect(answer.speech).toBe('Connected.');
    expect(intentOf(received[1])).toMatchObject({
      name: 'ConnectInstance',
      slots: {
        instance: { value: 'hr' },
        region: {
          value: 'oregon',
          resolutions: { resolutionsPerAuthority: [{ values: [{ value: { id: 'us-west-2' } }] }] },
        },
      },
    });
  });

  it('reads a spoken MFA code as the answer to an elicited AMAZON.NUMBER slot', async () => {
    const { session, received } = newSession(
      (input) =>
        input.responseBuilder.speak(`code ${getSlotValue(input.requestEnvelope, 'mfaCode')}`).getResponse(),
      autoDelegated,
    );

    const asked = await session.say('reboot hr in oregon');
    const done = await session.say('six four five two eight one');

    expect(asked.speech).toBe('What is the six digit code from your M.F.A. device?');
    expect(done.speech).toBe('code 645281');
    expect(intentOf(received[0])?.slots?.region?.value).toBe('oregon');
  });

  it('turns yes and no after Dialog.ConfirmIntent into CONFIRMED and DENIED on the same intent', async () => {
    const script: Script = (input) => {
      const request = input.requestEnvelope.request as IntentRequest;
      if (request.intent.confirmationStatus === 'NONE') {
        return input.responseBuilder
          .speak('Reboot hr in Oregon?')
          .reprompt('Should I reboot hr?')
          .addConfirmIntentDirective(request.intent)
          .getResponse();
      }
      return input.responseBuilder.speak(request.intent.confirmationStatus).getResponse();
    };
    const yes = newSession(script, autoDelegated);
    const no = newSession(script, autoDelegated);

    await yes.session.say('reboot hr in oregon mfa six four five two eight one');
    const confirmed = await yes.session.say('yes');
    await no.session.say('reboot hr in oregon mfa six four five two eight one');
    const denied = await no.session.say('no');

    expect(confirmed.speech).toBe('CONFIRMED');
    expect(denied.speech).toBe('DENIED');
    expect(intentOf(yes.received[1])?.slots?.mfaCode?.value).toBe('645281');
    expect(dialogStateOf(no.received[1])).toBe('COMPLETED');
  });

  it('hands a reboot to the skill before any code is asked: the product model drives tasks from the skill', async () => {
    const { session, received } = newSession((input) => {
      const request = input.requestEnvelope.request as IntentRequest;
      if (!getSlotValue(input.requestEnvelope, 'mfaCode')) {
        return input.responseBuilder
          .speak('Your code?')
          .reprompt('Your code?')
          .addElicitSlotDirective('mfaCode', request.intent)
          .getResponse();
      }
      return input.responseBuilder
        .speak(`${request.dialogState} with ${request.intent.slots?.mfaCode?.value}`)
        .getResponse();
    });

    const asked = await session.say('reboot hr in oregon');
    const done = await session.say('six four five two eight one');

    expect(asked).toMatchObject({ spokenBy: 'skill', speech: 'Your code?' });
    expect(received.map(dialogStateOf)).toEqual(['STARTED', 'IN_PROGRESS']);
    expect(intentOf(received[0])?.slots?.mfaCode?.value).toBeUndefined();
    expect(done.speech).toBe('IN_PROGRESS with 645281');
  });

  describe('with a skill-driven dialog (delegation strategy SKILL_RESPONSE)', () => {
    const manual = structuredClone(model);
    manual.interactionModel.dialog!.delegationStrategy = 'SKILL_RESPONSE';

    it('speaks the elicitation prompt on Dialog.Delegate, then sends COMPLETED once nothing is missing', async () => {
      const { session, received } = newSession((input) => {
        const request = input.requestEnvelope.request as IntentRequest;
        if (request.dialogState !== 'COMPLETED') {
          return input.responseBuilder.addDelegateDirective(request.intent).getResponse();
        }
        return input.responseBuilder
          .speak(`Rebooting with ${getSlotValue(input.requestEnvelope, 'mfaCode')}`)
          .getResponse();
      }, manual);

      const asked = await session.say('reboot hr');
      const done = await session.say('my code is six four five two eight one');

      expect(asked).toMatchObject({
        spokenBy: 'alexa',
        speech: 'What is the six digit code from your M.F.A. device?',
      });
      expect(asked.exchanges).toHaveLength(1);
      expect(done.speech).toBe('Rebooting with 645281');
      expect(received.map(dialogStateOf)).toEqual(['STARTED', 'IN_PROGRESS', 'COMPLETED']);
      expect(done.warnings).toEqual([]);
    });

    it('continues with the updatedIntent of Dialog.Delegate', async () => {
      const { session, received } = newSession((input) => {
        const request = input.requestEnvelope.request as IntentRequest;
        if (request.dialogState === 'STARTED') {
          const updated = structuredClone(request.intent);
          updated.slots!.mfaCode = { name: 'mfaCode', value: '111111', confirmationStatus: 'NONE' };
          return input.responseBuilder.addDelegateDirective(updated).getResponse();
        }
        return input.responseBuilder.speak('done').getResponse();
      }, manual);

      const turn = await session.say('reboot hr');

      expect(turn.speech).toBe('done');
      expect(intentOf(received[1])?.slots?.mfaCode?.value).toBe('111111');
      expect(dialogStateOf(received[1])).toBe('COMPLETED');
    });
  });

  it('lets "stop" leave an elicitation, and asks again when the answer makes no sense', async () => {
    const { session, received } = newSession(
      (input) => input.responseBuilder.speak(intentName(input)).withShouldEndSession(true).getResponse(),
      autoDelegated,
    );

    await session.say('reboot hr');
    const nonsense = await session.say('tell me a joke');
    const stop = await session.say('stop');

    expect(nonsense).toMatchObject({
      spokenBy: 'alexa',
      speech: 'What is the six digit code from your M.F.A. device?',
    });
    expect(stop.speech).toBe('AMAZON.StopIntent');
    expect(received).toHaveLength(1);
  });

  it('sends a one-shot "ask database fleet …" in a new session and SessionEndedRequest on "exit"', async () => {
    const { session, received } = newSession((input) =>
      input.responseBuilder.speak(intentName(input)).reprompt('More?').getResponse(),
    );

    const oneShot = await session.say('ask database fleet how many instances in ohio');
    const exit = await session.say('exit');

    expect(oneShot.speech).toBe('NumberOfInstances');
    expect(received[0]?.session?.new).toBe(true);
    expect(received[1]?.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    expect(exit.sessionEnded).toBe(true);
  });

  it('says what Alexa says when the skill fails, and tells the skill with SessionEndedRequest ERROR', async () => {
    const requests: RequestEnvelope[] = [];
    const session = new AlexaSession({
      model,
      skillId: SKILL_ID,
      invoke: async (envelope) => {
        requests.push(envelope);
        throw new Error('boom');
      },
    });

    const turn = await session.say('list applications');

    expect(turn).toMatchObject({ spokenBy: 'alexa', sessionEnded: true, error: { message: 'boom' } });
    expect(turn.speech).toMatch(/problem with the requested skill's response/);
    expect(requests[1]?.request).toMatchObject({
      type: 'SessionEndedRequest',
      reason: 'ERROR',
      error: { type: 'INVALID_RESPONSE' },
    });
  });

  it('warns about responses a device would reject', async () => {
    const { session } = newSession((input) =>
      input.responseBuilder
        .speak('Which one?')
        .addDelegateDirective((input.requestEnvelope.request as IntentRequest).intent)
        .getResponse(),
    );

    const turn = await session.say('connect to hr');

    expect(turn.warnings).toEqual(
      expect.arrayContaining([
        'Dialog.Delegate must not carry outputSpeech.',
        'Dialog.Delegate for ConnectInstance, which the model already auto-delegates.',
      ]),
    );
  });
});

describe('Simulator: interpret', () => {
  const matcher = buildUtteranceMatcher(model, { skillId: SKILL_ID });

  it('returns the IntentRequest Alexa would send for an utterance', () => {
    const request = interpret('failover hr in oregon mfa six four five two eight one', {
      matcher,
      newId: () => 'fixed',
      now: () => new Date('2025-01-02T03:04:05.678Z'),
    });

    expect(request).toMatchObject({
      type: 'IntentRequest',
      requestId: 'amzn1.echo-api.request.fixed',
      timestamp: '2025-01-02T03:04:05Z',
      locale: 'en-US',
      dialogState: 'STARTED',
      intent: {
        name: 'FailoverInstance',
        confirmationStatus: 'NONE',
        slots: {
          instance: { name: 'instance', value: 'hr', confirmationStatus: 'NONE' },
          region: {
            value: 'oregon',
            resolutions: {
              resolutionsPerAuthority: [
                {
                  authority: `amzn1.er-authority.echo-sdk.${SKILL_ID}.REGION`,
                  status: { code: 'ER_SUCCESS_MATCH' },
                  values: [{ value: { name: 'Oregon', id: 'us-west-2' } }],
                },
              ],
            },
          },
          mfaCode: { value: '645281' },
          target: { name: 'target', confirmationStatus: 'NONE' },
        },
      },
    });
  });

  it('fills the elicited slot from a bare answer, IN_PROGRESS', () => {
    const intent = matcher.match('connect to hr').intent;

    const request = interpret('Ireland', { matcher, eliciting: { intent, slotName: 'region' } });

    expect(request.dialogState).toBe('IN_PROGRESS');
    expect(request.intent.slots?.instance?.value).toBe('hr');
    expect(request.intent.slots?.region?.value).toBe('ireland');
  });
});
