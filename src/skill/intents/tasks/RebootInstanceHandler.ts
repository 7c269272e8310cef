import { taskHandler } from './taskHandler.js';

/** "Reboot reporting in Oregon, mfa 645 281." RebootDBInstance, behind MFA and a confirmation. */
export const RebootInstanceHandler = taskHandler('reboot');
