import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type RequestContext, requestContext } from '../RequestContext.js';

/** A RequestHandler for one or more intent names, handed the request context. */
export function intentHandler(
  intentNames: string | readonly string[],
  handle: (input: HandlerInput, context: RequestContext) => Promise<Response> | Response,
): RequestHandler {
  const names = new Set(typeof intentNames === 'string' ? [intentNames] : intentNames);
  return {
    canHandle: (input) =>
      getRequestType(input.requestEnvelope) === 'IntentRequest' &&
      names.has(getIntentName(input.requestEnvelope)),
    handle: (input) => handle(input, requestContext(input)),
  };
}
