import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { requestContext } from '../RequestContext.js';
import { respond } from '../respond.js';

/**
 * The catch-all, registered last: an intent of the model whose feature is not built yet says so plainly
 * ("coming soon"); anything else gets the fallback answer. No request goes unanswered.
 */
export const UnhandledIntentHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle(input) {
    const { strings } = requestContext(input);
    const request = input.requestEnvelope.request;
    const name = request.type === 'IntentRequest' ? request.intent.name : '';
    const feature = strings.features[name];
    if (feature) return respond(input, { speech: strings.comingSoon(feature) });
    return respond(input, { speech: strings.fallback.speech, reprompt: strings.fallback.reprompt });
  },
};
