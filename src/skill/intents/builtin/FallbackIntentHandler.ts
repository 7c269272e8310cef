import { respond } from '../../speech/respond.js';
import { intentHandler } from '../intentHandler.js';

export const FallbackIntentHandler = intentHandler('AMAZON.FallbackIntent', (input, { strings }) =>
  respond(input, { speech: strings.fallback.speech, reprompt: strings.fallback.reprompt }),
);
