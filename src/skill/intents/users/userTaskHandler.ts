import type { UserAction } from '../../domain/users/UserTask.js';
import type { IntentHandler } from '../intentHandler.js';
import { guardedTaskHandler } from '../tasks/guardedTaskHandler.js';
import { USER_INTENTS } from './USER_INTENTS.js';
import { userTask } from './userTask.js';

/** A user-management change by voice: the tasks' conversation (GuardedTurn), behind MFA and a confirmation. */
export function userTaskHandler(action: Exclude<UserAction, 'listUsers'>): IntentHandler {
  return guardedTaskHandler(USER_INTENTS[action], userTask(action));
}
