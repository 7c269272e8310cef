import type { UserAction } from '../../domain/users/UserTask.js';
import { INTENTS } from '../interactionModel.js';

/** The intent that asks for each user-management action. */
export const USER_INTENTS = {
  createUser: INTENTS.CreateDatabaseUser,
  resetPassword: INTENTS.ResetDatabaseUserPassword,
  removeUser: INTENTS.RemoveDatabaseUser,
  listUsers: INTENTS.ListDatabaseUsers,
} as const satisfies Record<UserAction, string>;
