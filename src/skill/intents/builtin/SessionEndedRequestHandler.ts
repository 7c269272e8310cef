import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import { requestContext } from '../RequestContext.js';

/** Alexa allows no speech here; an ERROR reason (e.g. an invalid response) is worth a warning in the logs. */
export const SessionEndedRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle(input) {
    const request = input.requestEnvelope.request as SessionEndedRequest;
    if (request.reason === 'ERROR') {
      requestContext(input).logger.warn('Session ended with an error', {
        errorType: request.error?.type,
        errorMessage: request.error?.message,
      });
    }
    return input.responseBuilder.getResponse();
  },
};
