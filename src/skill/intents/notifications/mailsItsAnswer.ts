import { INTENTS } from '../interactionModel.js';
import { TASK_INTENTS } from '../tasks/TASK_INTENTS.js';
import { USER_INTENTS } from '../users/USER_INTENTS.js';

const CUSTOM_INTENTS = new Set<string>(Object.values(INTENTS));
/**
 * Intents that send their own e-mail: reboots, failovers and user changes as audit records (with their answer), CheckLog
 * with the log lines under its spoken summary. A second, shorter mail would only be noise.
 */
const SELF_MAILING_INTENTS = new Set<string>([
  ...Object.values(TASK_INTENTS),
  USER_INTENTS.createUser,
  USER_INTENTS.resetPassword,
  USER_INTENTS.removeUser,
  INTENTS.CheckLog,
]);

/** Whether the notification interceptor e-mails this intent's answer (when the user's notifications are on). */
export function mailsItsAnswer(intentName: string): boolean {
  return CUSTOM_INTENTS.has(intentName) && !SELF_MAILING_INTENTS.has(intentName);
}
