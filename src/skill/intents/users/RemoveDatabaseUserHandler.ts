import { userTaskHandler } from './userTaskHandler.js';

/** "Remove alice from blog": delete_user, behind MFA and a confirmation. */
export const RemoveDatabaseUserHandler = userTaskHandler('removeUser');
