import { intentHandler } from '../intentHandler.js';
import { respond } from '../respond.js';

/** "Go home" on a screen device: start over with the welcome prompt. */
export const NavigateHomeIntentHandler = intentHandler('AMAZON.NavigateHomeIntent', (input, { strings }) =>
  respond(input, { speech: strings.launch.speech, reprompt: strings.launch.reprompt }),
);
