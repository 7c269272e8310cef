import type { RequestInterceptor } from 'ask-sdk-core';
import { INTENTS } from '../../intents/interactionModel.js';
import { mailsItsAnswer } from '../../intents/notifications/mailsItsAnswer.js';
import { requestContext } from '../../intents/RequestContext.js';
import { TASK_INTENTS } from '../../intents/tasks/TASK_INTENTS.js';

/** Intents whose answers read the user's state: tasks (their audit record's e-mail), the switch. */
const READS_STATE = new Set<string>([...Object.values(TASK_INTENTS), INTENTS.SetNotifications]);

/**
 * Starts reading the user's state (one GetItem) as the request arrives when the answer will need it: for
 * tasks, for the notification switch, and for any answer that may be e-mailed. Without it the read waited
 * for the intent's own calls to finish. Registered after the allow-list, so a refused speaker causes no
 * read, and skipped while a dialog is still collecting slots, whose turns end in a question.
 */
export const prefetchUserStateInterceptor: RequestInterceptor = {
  process(input) {
    const { request } = input.requestEnvelope;
    if (request.type !== 'IntentRequest') return;
    if (request.dialogState === 'STARTED' || request.dialogState === 'IN_PROGRESS') return;
    const { services } = requestContext(input);
    const intent = request.intent.name;
    if (READS_STATE.has(intent) || (services.notifier.configured && mailsItsAnswer(intent))) {
      services.userState.prefetch(input);
    }
  },
};
