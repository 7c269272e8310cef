import type { IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';

export const TEST_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001';

/** A slot as Alexa sends it: heard words, and an entity-resolution match when `id` is given. */
export interface SlotSpec {
  value?: string;
  id?: string;
  /** Slot type, for the ER authority name. */
  type?: string;
}

function envelope(
  request: RequestEnvelope['request'],
  options: { newSession?: boolean; skillId?: string; attributes?: Record<string, unknown> } = {},
): RequestEnvelope {
  const applicationId = options.skillId ?? TEST_SKILL_ID;
  return {
    version: '1.0',
    session: {
      new: options.newSession ?? true,
      sessionId: 'amzn1.echo-api.session.test',
      application: { applicationId },
      user: { userId: 'amzn1.ask.account.TESTUSER' },
      attributes: options.attributes ?? {},
    },
    context: {
      System: {
        application: { applicationId },
        user: { userId: 'amzn1.ask.account.TESTUSER' },
        device: { deviceId: 'amzn1.ask.device.TEST', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'test-token',
      },
    },
    request,
  } as RequestEnvelope;
}

export function launchRequest(options: { skillId?: string } = {}): RequestEnvelope {
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
  } = {},
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
  return envelope(request, { newSession: options.newSession ?? true });
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
