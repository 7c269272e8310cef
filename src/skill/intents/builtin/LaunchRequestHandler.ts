import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { requestContext } from '../RequestContext.js';
import { respond } from '../respond.js';

export const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle(input) {
    const { strings } = requestContext(input);
    return respond(input, {
      speech: strings.launch.speech,
      reprompt: strings.launch.reprompt,
      card: { title: strings.skillName },
    });
  },
};
