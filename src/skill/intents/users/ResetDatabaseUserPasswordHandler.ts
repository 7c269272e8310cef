import { userTaskHandler } from './userTaskHandler.js';

/** "Reset the password of alice on blog": reset_password, behind MFA and a confirmation. */
export const ResetDatabaseUserPasswordHandler = userTaskHandler('resetPassword');
