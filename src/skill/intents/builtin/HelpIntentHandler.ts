import { intentHandler } from '../intentHandler.js';
import { respond } from '../respond.js';

export const HelpIntentHandler = intentHandler('AMAZON.HelpIntent', (input, { strings }) =>
  respond(input, {
    speech: strings.help.speech,
    reprompt: strings.help.reprompt,
    card: { title: strings.skillName },
  }),
);
