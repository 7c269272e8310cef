import { respond } from '../../speech/respond.js';
import { intentHandler } from '../intentHandler.js';

export const StopCancelIntentHandler = intentHandler(
  ['AMAZON.StopIntent', 'AMAZON.CancelIntent'],
  (input, { strings }) => respond(input, { speech: strings.goodbye, endSession: true }),
);
