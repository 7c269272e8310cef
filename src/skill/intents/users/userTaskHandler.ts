import type { UserAction } from '../../domain/users/UserTask.js';
import { type IntentHandler, intentHandler } from '../intentHandler.js';
import { USER_INTENTS } from './USER_INTENTS.js';
import { UserTaskTurn } from './userTaskTurn.js';

/** A user-management change by voice: one conversation (UserTaskTurn), behind MFA and a confirmation. */
export function userTaskHandler(action: Exclude<UserAction, 'listUsers'>): IntentHandler {
  return intentHandler(USER_INTENTS[action], (input, context, intent) =>
    new UserTaskTurn(action, input, context, intent).answer(),
  );
}
