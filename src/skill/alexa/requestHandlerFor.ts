import type { RequestHandler } from 'ask-sdk-core';
import type { IntentHandler } from '../intents/intentHandler.js';
import { requestContext } from '../intents/RequestContext.js';
import { answerForError } from './errors/answerForError.js';

/**
 * The ask-sdk RequestHandler for an intent handler, handed the request context. Its errors are answered
 * here rather than by the error handler because ask-sdk skips response interceptors after an error, and
 * an "I couldn't find that instance" answer should be e-mailed like any other.
 */
export function requestHandlerFor(handler: IntentHandler): RequestHandler {
  const names = new Set(handler.intentNames);
  return {
    canHandle: (input) => {
      const { request } = input.requestEnvelope;
      return request.type === 'IntentRequest' && names.has(request.intent.name);
    },
    async handle(input) {
      const context = requestContext(input);
      try {
        const { request } = input.requestEnvelope;
        // canHandle let only IntentRequests through; the check narrows the type for the handler.
        if (request.type !== 'IntentRequest') throw new Error(`Not an IntentRequest: ${request.type}`);
        return await handler.handle(input, context, request.intent);
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
