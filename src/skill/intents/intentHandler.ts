import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { answerForError } from '../errors/answerForError.js';
import { type RequestContext, requestContext } from '../RequestContext.js';

/**
 * A RequestHandler for one or more intent names, handed the request context. Its errors are answered
 * here rather than by the error handler because ask-sdk skips response interceptors after an error, and
 * an "I couldn't find that instance" answer should be e-mailed like any other.
 */
export function intentHandler(
  intentNames: string | readonly string[],
  handle: (input: HandlerInput, context: RequestContext) => Promise<Response> | Response,
): RequestHandler {
  const names = new Set(typeof intentNames === 'string' ? [intentNames] : intentNames);
  return {
    canHandle: (input) =>
      getRequestType(input.requestEnvelope) === 'IntentRequest' &&
      names.has(getIntentName(input.requestEnvelope)),
    async handle(input) {
      const context = requestContext(input);
      try {
        return await handle(input, context);
      } catch (error) {
        return answerForError(
          input,
          error instanceof Error ? error : new Error(String(error)),
          context.logger,
        );
      }
    },
  };
}
