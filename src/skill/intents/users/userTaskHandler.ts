import type { UserAction } from '../../domain/users/UserTask.js';
import { type IntentHandler, intentHandler } from '../intentHandler.js';
import { GuardedTurn } from '../tasks/GuardedTurn.js';
import { USER_INTENTS } from './USER_INTENTS.js';
import { userTask } from './userTask.js';

/** A user-management change by voice: the tasks' conversation (GuardedTurn), behind MFA and a confirmation. */
export function userTaskHandler(action: Exclude<UserAction, 'listUsers'>): IntentHandler {
  const task = userTask(action);
  return intentHandler(USER_INTENTS[action], (input, context, intent) =>
    new GuardedTurn(task, input, context, intent).answer(),
  );
}
