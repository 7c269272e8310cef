import type { ManagedUser, UserTaskPlan, UserTaskResult } from './UserTask.js';

interface Payload {
  readonly secret_name?: unknown;
  readonly users?: readonly { username?: unknown; role?: unknown; secret_name?: unknown }[];
}

function parse(text: string | undefined): Payload {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Payload) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The user-management Lambda's result (the execution's InvokeUserManagement.Payload) in the skill's terms:
 * for a list, each account's name, role and secret; otherwise the secret that holds the password. Only these
 * fields are read, so nothing else the result might hold is ever spoken. The plan fills what is missing.
 */
export function parseUserTaskResult(plan: UserTaskPlan, payloadText: string | undefined): UserTaskResult {
  const payload = parse(payloadText);
  if (plan.action === 'listUsers') {
    const users: ManagedUser[] = (Array.isArray(payload.users) ? payload.users : [])
      .map((user) => ({
        username: text(user.username),
        role: text(user.role) || 'unknown',
        secretName: text(user.secret_name),
      }))
      .filter((user) => user.username !== '');
    return { action: 'listUsers', users };
  }
  return { action: plan.action, secretName: text(payload.secret_name) || plan.secretName || '' };
}
