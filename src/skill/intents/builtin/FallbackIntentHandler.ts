import { intentHandler } from '../intentHandler.js';
import { respond } from '../respond.js';

export const FallbackIntentHandler = intentHandler('AMAZON.FallbackIntent', (input, { strings }) =>
  respond(input, { speech: strings.fallback.speech, reprompt: strings.fallback.reprompt }),
);
