import type { RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { IntentHandler } from '../intents/intentHandler.js';
import { requestContext } from '../intents/RequestContext.js';
import { respond } from '../intents/respond.js';
import { touchedIntent } from '../intents/screens/touchedIntent.js';
import { answerForError } from './errors/answerForError.js';

const USER_EVENT = 'Alexa.Presentation.APL.UserEvent';

/**
 * Alexa.Presentation.APL.UserEvent: a touch on a row of a list the skill showed. The row's arguments become
 * the intent they stand for ("status of X in Region") and that intent's own handler answers, through the
 * same path as the spoken question, so a touch and a voice answer cannot drift apart.
 */
export function screenTouchRequestHandler(handlers: readonly IntentHandler[]): RequestHandler {
  return {
    canHandle: (input) => input.requestEnvelope.request.type === USER_EVENT,
    async handle(input) {
      const context = requestContext(input);
      const { request } = input.requestEnvelope;
      const intent = touchedIntent(request.type === USER_EVENT ? request.arguments : undefined);
      const handler = intent && handlers.find((h) => h.intentNames.includes(intent.name));
      if (!intent || !handler) {
        return respond(input, {
          speech: context.strings.fallback.speech,
          reprompt: context.strings.fallback.reprompt,
        });
      }
      const asked: IntentRequest = {
        type: 'IntentRequest',
        requestId: request.requestId,
        timestamp: request.timestamp,
        locale: request.locale ?? context.strings.locale,
        dialogState: 'COMPLETED',
        intent,
      };
      const askedInput = { ...input, requestEnvelope: { ...input.requestEnvelope, request: asked } };
      try {
        return await handler.handle(askedInput, context, intent);
      } catch (error) {
        return answerForError(
          askedInput,
          error instanceof Error ? error : new Error(String(error)),
          context.logger,
        );
      }
    },
  };
}
