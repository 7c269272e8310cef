import { userTaskHandler } from './userTaskHandler.js';

/** "Create a read-only user for alice on blog in Oregon": create_user, behind MFA and a confirmation. */
export const CreateDatabaseUserHandler = userTaskHandler('createUser');
