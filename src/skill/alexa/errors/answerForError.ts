import type { Logger } from '@aws-lambda-powertools/logger';
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { ApplicationNotFound, InstanceAmbiguous, InstanceNotFound } from '../../domain/fleet/errors.js';
import { offerSuggestion } from '../../intents/answers/offerSuggestion.js';
import { rememberQuestion } from '../../intents/answers/pendingQuestion.js';
import { speechForError } from '../../intents/errors/speechForError.js';
import { SLOTS } from '../../intents/interactionModel.js';
import { findRequestContext } from '../../intents/RequestContext.js';
import { elicitSlot, respond } from '../../intents/respond.js';
import { SlotMissing } from '../../intents/slots/errors.js';
import { stringsFor } from '../../speech/stringsFor.js';
import { toSsml } from '../../speech/toSsml.js';

/**
 * The answer to an error, whoever caught it (an intent's handoff or the ask-sdk error handler). The words
 * come from speechForError; this adds what the answer does: an instance that exists in several Regions, or
 * a slot the dialog did not fill, is asked for (ElicitSlot); an unexpected error is logged with its stack.
 * The skill never answers with silence.
 */
export function answerForError(input: HandlerInput, error: Error, fallbackLogger: Logger): Response {
  const context = findRequestContext(input);
  const { request } = input.requestEnvelope;
  const strings = context?.strings ?? stringsFor(request.locale);
  const { speech, expected } = speechForError(error, strings);

  if (!context) {
    // The context interceptor itself failed: answer without the helpers that need it.
    fallbackLogger.error('Request failed before its context was set', error);
    return input.responseBuilder.speak(toSsml(speech)).withShouldEndSession(true).getResponse();
  }
  if (expected)
    context.logger.info('Answered with an error', { errorName: error.name, errorMessage: error.message });
  else context.logger.error('Unexpected error', error);

  const intent = request.type === 'IntentRequest' ? request.intent : undefined;
  if (intent && error instanceof InstanceAmbiguous) {
    // "Which Region do you mean?" offers the Regions in the order said, so "the second one" can answer it.
    rememberQuestion(input, {
      kind: 'slot',
      intent,
      slot: SLOTS.region,
      speech: toSsml(speech),
      choices: [...error.regions],
    });
    return elicitSlot(input, speech, SLOTS.region, intent);
  }
  if (intent && error instanceof SlotMissing && intent.slots?.[error.slot])
    return elicitSlot(input, speech, error.slot, intent);
  // "Did you mean ledger?" is a question: it is kept so a yes, a no or a name answers it.
  const offered =
    intent && (error instanceof InstanceNotFound || error instanceof ApplicationNotFound)
      ? offerSuggestion(input, speech, intent, error)
      : undefined;
  return offered ?? respond(input, { speech });
}
