import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import type { RequestContext } from './RequestContext.js';

/**
 * What an intent's handler declares: the intents it answers and how. alexa/requestHandlerFor.ts turns it
 * into an ask-sdk RequestHandler, narrows the request to an IntentRequest and hands over its `intent`, and
 * answers its errors, so handlers never depend on the Alexa plumbing nor cast the request themselves.
 */
export interface IntentHandler {
  readonly intentNames: readonly string[];
  readonly handle: (
    input: HandlerInput,
    context: RequestContext,
    intent: Intent,
  ) => Promise<Response> | Response;
}

/** A handler for one or more intent names, handed the request context and the intent. */
export function intentHandler(
  intentNames: string | readonly string[],
  handle: IntentHandler['handle'],
): IntentHandler {
  return { intentNames: typeof intentNames === 'string' ? [intentNames] : intentNames, handle };
}
