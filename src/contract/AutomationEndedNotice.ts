import { ResourceNames } from './ResourceNames.js';

/**
 * The e-mail the notification topic gets when a user-management execution ends: what lib/'s EventBridge rule
 * publishes (its input transformer fills in the two fields) and what the local emulator publishes in its
 * place. It names the execution and its status, never a result: the skill's own mail said what started and
 * which secret holds the password.
 */
export const AutomationEndedNotice = {
  subject: 'dbvoice: user management ended',
  message: (executionId: string, status: string): string =>
    `dbvoice user management: execution ${executionId} of ${ResourceNames.userManagementDocumentName} ended: ${status}. ` +
    'Its result (never a password: the secret that holds it) is in Systems Manager > Automation > Executions.',
} as const;
