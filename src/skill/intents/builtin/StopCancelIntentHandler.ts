import { intentHandler } from '../intentHandler.js';
import { respond } from '../respond.js';

export const StopCancelIntentHandler = intentHandler(
  ['AMAZON.StopIntent', 'AMAZON.CancelIntent'],
  (input, { strings }) => respond(input, { speech: strings.goodbye, endSession: true }),
);
