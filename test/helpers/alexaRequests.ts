import type { IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';

export const TEST_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001';

/** A slot as Alexa sends it: heard words, and an entity-resolution match when `id` is given. */
export interface SlotSpec {
  value?: string;
  id?: string;
  /** Slot type, for the ER authority name. */
  type?: string;
}

export const TEST_USER_ID = 'amzn1.ask.account.TESTUSER';

/** Who speaks and what the session carries over from the previous turn. */
export interface Speaker {
  userId?: string;
  /** A recognised voice profile (context.System.person). */
  personId?: string;
  /** Session attributes from the previous response, for a multi-turn dialog. */
  attributes?: Record<string, unknown>;
}

function envelope(
  request: RequestEnvelope['request'],
  options: { newSession?: boolean; skillId?: string } & Speaker = {},
): RequestEnvelope {
  const applicationId = options.skillId ?? TEST_SKILL_ID;
  const userId = options.userId ?? TEST_USER_ID;
  return {
    version: '1.0',
    session: {
      new: options.newSession ?? true,
      sessionId: 'amzn1.echo-api.session.test',
      application: { applicationId },
      user: { userId },
      attributes: options.attributes ?? {},
    },
    context: {
      System: {
        application: { applicationId },
        user: { userId },
        ...(options.personId ? { person: { personId: options.personId } } : {}),
        device: { deviceId: 'amzn1.ask.device.TEST', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'test-token',
      },
    },
    request,
  } as RequestEnvelope;
}

export function launchRequest(options: { skillId?: string } & Speaker = {}): RequestEnvelope {
  return envelope(
    {
      type: 'LaunchRequest',
      requestId: 'req-launch',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
    } as RequestEnvelope['request'],
    options,
  );
}

export function sessionEndedRequest(
  reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' = 'USER_INITIATED',
): RequestEnvelope {
  return envelope({
    type: 'SessionEndedRequest',
    requestId: 'req-ended',
    timestamp: new Date().toISOString(),
    locale: 'en-US',
    reason,
    ...(reason === 'ERROR' ? { error: { type: 'INVALID_RESPONSE', message: 'test' } } : {}),
  } as RequestEnvelope['request']);
}

export function intentRequest(
  name: string,
  slots: Record<string, SlotSpec> = {},
  options: {
    newSession?: boolean;
    confirmationStatus?: 'NONE' | 'CONFIRMED' | 'DENIED';
    dialogState?: 'STARTED' | 'IN_PROGRESS' | 'COMPLETED';
    locale?: string;
  } & Speaker = {},
): RequestEnvelope {
  const builtSlots: Record<string, Slot> = {};
  for (const [slotName, spec] of Object.entries(slots)) {
    builtSlots[slotName] = {
      name: slotName,
      confirmationStatus: 'NONE',
      ...(spec.value !== undefined ? { value: spec.value } : {}),
      ...(spec.value !== undefined && spec.type !== 'AMAZON.DURATION' && spec.type !== 'AMAZON.NUMBER'
        ? {
            resolutions: {
              resolutionsPerAuthority: [
                spec.id
                  ? {
                      authority: `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.${spec.type ?? 'CUSTOM'}`,
                      status: { code: 'ER_SUCCESS_MATCH' },
                      values: [{ value: { name: spec.value, id: spec.id } }],
                    }
                  : {
                      authority: `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.${spec.type ?? 'CUSTOM'}`,
                      status: { code: 'ER_SUCCESS_NO_MATCH' },
                    },
              ],
            },
          }
        : {}),
    } as Slot;
  }
  const request: IntentRequest = {
    type: 'IntentRequest',
    requestId: `req-${name}`,
    timestamp: new Date().toISOString(),
    locale: options.locale ?? 'en-US',
    dialogState: options.dialogState ?? 'COMPLETED',
    intent: { name, confirmationStatus: options.confirmationStatus ?? 'NONE', slots: builtSlots },
  };
  return envelope(request, {
    newSession: options.newSession ?? true,
    ...(options.userId ? { userId: options.userId } : {}),
    ...(options.personId ? { personId: options.personId } : {}),
    ...(options.attributes ? { attributes: options.attributes } : {}),
  });
}

type WithSpeech = { response: { outputSpeech?: { type: string; ssml?: string; text?: string } } };

/** The SSML inside <speak>, as sent to Alexa (entities still escaped). */
export function rawSsml(response: WithSpeech): string {
  const speech = response.response.outputSpeech;
  if (!speech) return '';
  return (speech.ssml ?? speech.text ?? '').replace(/^<speak>/, '').replace(/<\/speak>$/, '');
}

/** The words a listener hears: the SSML with its character entities decoded. */
export function spoken(response: WithSpeech): string {
  return rawSsml(response)
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
