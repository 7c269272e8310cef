import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import type { Screen } from '../screens/Screen.js';
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
  /** What a device with a screen shows (APL); sent only to devices that support APL. */
  readonly screen?: Screen;
}

const APL = 'Alexa.Presentation.APL';
/**
 * Alexa refuses a whole response over 24 KB ("the total size of your response cannot exceed 24 kilobytes",
 * the custom-skill JSON reference's response format). A screen is what gives way: room is kept for the
 * envelope and session attributes that are added after this.
 */
const MAX_RESPONSE_BYTES = 24 * 1024;
const ENVELOPE_RESERVE_BYTES = 1024;

/** Whether the device can show APL: only then may a response carry an APL directive. */
export function supportsApl(input: HandlerInput): boolean {
  return input.requestEnvelope.context?.System?.device?.supportedInterfaces?.[APL] !== undefined;
}

/**
 * Builds the response every handler returns. One-shot questions ("ask database fleet how many...") end the
 * session; inside a conversation the skill keeps listening and says "Anything else?" as reprompt.
 */
export function respond(input: HandlerInput, answer: Answer): Response {
  const { strings } = requestContext(input);
  const builder = input.responseBuilder.speak(toSsml(answer.speech));
  if (answer.card) builder.withSimpleCard(answer.card.title, answer.card.content ?? answer.speech);
  if (answer.screen && supportsApl(input)) {
    builder.addDirective({
      type: `${APL}.RenderDocument`,
      token: answer.screen.token,
      document: answer.screen.document,
      datasources: answer.screen.datasources,
    });
  }
  // A touch on the screen is a one-shot too: it is answered like the question it stands for.
  const oneShot =
    input.requestEnvelope.session?.new !== false &&
    (input.requestEnvelope.request.type === 'IntentRequest' ||
      input.requestEnvelope.request.type === `${APL}.UserEvent`);
  const endSession = answer.endSession ?? (answer.reprompt === undefined && oneShot);
  if (!endSession) builder.reprompt(toSsml(answer.reprompt ?? strings.reprompt));
  builder.withShouldEndSession(endSession);
  return withinSizeLimit(input, builder.getResponse());
}

/** The response, without its screen if the screen would take it past Alexa's size limit (logged: a bug). */
function withinSizeLimit(input: HandlerInput, response: Response): Response {
  // The SDK refuses session attributes outside a session (a request without one).
  const attributes = input.requestEnvelope.session ? input.attributesManager.getSessionAttributes() : {};
  const bytes =
    Buffer.byteLength(JSON.stringify(response)) +
    Buffer.byteLength(JSON.stringify(attributes ?? {})) +
    ENVELOPE_RESERVE_BYTES;
  if (bytes <= MAX_RESPONSE_BYTES) return response;
  const directives = response.directives?.filter((d) => d.type !== `${APL}.RenderDocument`);
  if (directives?.length === response.directives?.length) return response;
  requestContext(input).logger.warn('Screen left off: the response would pass the size limit', { bytes });
  const { directives: _all, ...rest } = response;
  return directives && directives.length > 0 ? { ...rest, directives } : rest;
}

/** Asks for one slot of the intent again (Dialog.ElicitSlot), with the question as speech and reprompt. */
export function elicitSlot(input: HandlerInput, speech: string, slot: string, intent: Intent): Response {
  const text = toSsml(speech);
  return input.responseBuilder.speak(text).reprompt(text).addElicitSlotDirective(slot, intent).getResponse();
}
