import { getIntentName, getRequestType, type RequestInterceptor } from 'ask-sdk-core';
import { NotAuthorised } from '../../domain/access/errors.js';
import { auditWho } from '../../domain/audit/auditWho.js';
import { INTENTS } from '../../intents/interactionModel.js';
import { requestContext } from '../../intents/RequestContext.js';

/**
 * Refuses anyone not on the allow-list before any handler runs, so nothing is read or done for them: the
 * NotAuthorised error goes straight to the error handler, which says so. Registered after the request
 * context interceptor (it needs the deadline) and before anything else.
 */
export const allowListRequestInterceptor: RequestInterceptor = {
  async process(input) {
    const envelope = input.requestEnvelope;
    // Nobody hears the answer to SessionEnded, and refusing it would only log an error.
    if (getRequestType(envelope) === 'SessionEndedRequest') return;
    // "What is my user id" tells people only their own ids, and a newcomer needs them to be added.
    if (getRequestType(envelope) === 'IntentRequest' && getIntentName(envelope) === INTENTS.WhoAmI) return;
    const context = requestContext(input);
    const system = envelope.context?.System;
    const userId = system?.user?.userId ?? envelope.session?.user?.userId ?? '';
    const personId = system?.person?.personId;
    const allowed = await context.services.allowList.permits(
      { userId, ...(personId ? { personId } : {}) },
      context.deadline,
    );
    if (allowed) return;
    const request = envelope.request;
    context.services.audit.log(context, {
      ...auditWho(envelope),
      what: request.type === 'IntentRequest' ? request.intent.name : request.type,
      result: 'refusedNotAuthorised',
    });
    throw new NotAuthorised();
  },
};
