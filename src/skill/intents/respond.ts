import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import { toSsml } from '../speech/toSsml.js';
import { requestContext } from './RequestContext.js';

export interface Answer {
  /** Plain text; escaped for SSML here, so names with & < > are safe. */
  readonly speech: string;
  /** The card: same words as the speech unless the full content (e.g. a whole list) is given. */
  readonly card?: { readonly title: string; readonly content?: string };
  /** Keep the microphone open with this reprompt. Defaults: open in a conversation, closed for one-shots. */
  readonly reprompt?: string;
  readonly endSession?: boolean;
}

/**
 * Builds the response every handler returns. One-shot questions ("ask database fleet how many...") end the
 * session; inside a conversation the skill keeps listening and says "Anything else?" as reprompt.
 */
export function respond(input: HandlerInput, answer: Answer): Response {
  const { strings } = requestContext(input);
  const builder = input.responseBuilder.speak(toSsml(answer.speech));
  if (answer.card) builder.withSimpleCard(answer.card.title, answer.card.content ?? answer.speech);
  const oneShot =
    input.requestEnvelope.session?.new !== false && input.requestEnvelope.request.type === 'IntentRequest';
  const endSession = answer.endSession ?? (answer.reprompt === undefined && oneShot);
  if (!endSession) builder.reprompt(toSsml(answer.reprompt ?? strings.reprompt));
  builder.withShouldEndSession(endSession);
  return builder.getResponse();
}

/** Asks for one slot of the intent again (Dialog.ElicitSlot), with the question as speech and reprompt. */
export function elicitSlot(input: HandlerInput, speech: string, slot: string, intent: Intent): Response {
  const text = toSsml(speech);
  return input.responseBuilder.speak(text).reprompt(text).addElicitSlotDirective(slot, intent).getResponse();
}
