import type { Logger } from '@aws-lambda-powertools/logger';
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { InstanceAmbiguous } from '../../domain/fleet/errors.js';
import { SLOTS } from '../../intents/interactionModel.js';
import type { RequestContext } from '../../intents/RequestContext.js';
import { respond } from '../../intents/respond.js';
import { SlotMissing } from '../../intents/slots/errors.js';
import { enUS } from '../../speech/locales/en-US.js';
import { speechForError } from './speechForError.js';

/**
 * The one place errors become words. Known errors get a specific answer; an instance that exists in
 * several Regions, or a slot the dialog did not fill, is asked for (ElicitSlot); anything else is
 * apologised for and logged with its stack. The skill never answers with silence.
 */
export function answerForError(input: HandlerInput, error: Error, fallbackLogger: Logger): Response {
  const context = input.attributesManager.getRequestAttributes().dbvoice as RequestContext | undefined;
  const strings = context?.strings ?? enUS;
  const request = input.requestEnvelope.request;
  const intent = request.type === 'IntentRequest' ? request.intent : undefined;

  if (!context) {
    // The context interceptor itself failed: answer without the helpers that need it.
    fallbackLogger.error('Request failed before its context was set', error);
    return input.responseBuilder.speak(strings.errors.generic).withShouldEndSession(true).getResponse();
  }
  if (intent && error instanceof InstanceAmbiguous) {
    const regions = error.regions.map((code) => strings.region(code));
    const speech = strings.ask.region(error.spoken, regions);
    return input.responseBuilder
      .speak(speech)
      .reprompt(speech)
      .addElicitSlotDirective(SLOTS.region, intent)
      .getResponse();
  }
  if (intent && error instanceof SlotMissing && intent.slots?.[error.slot]) {
    const speech = strings.errors.slotMissing(strings.slotNames[error.slot] ?? error.slot);
    return input.responseBuilder
      .speak(speech)
      .reprompt(speech)
      .addElicitSlotDirective(error.slot, intent)
      .getResponse();
  }
  const known = speechForError(error, strings);
  if (known) {
    context.logger.info('Answered with an error', { errorName: error.name, errorMessage: error.message });
    return respond(input, { speech: known });
  }
  context.logger.error('Unexpected error', error);
  return respond(input, { speech: strings.errors.generic });
}
