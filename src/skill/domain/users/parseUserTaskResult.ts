import type { ManagedUser, UserTaskPlan, UserTaskResult } from './UserTask.js';

interface Payload {
  readonly secret_name?: unknown;
  readonly users?: readonly { username?: unknown; role?: unknown; secret_name?: unknown }[];
}

function parse(text: string | undefined): Payload | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Payload) : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The user-management Lambda's result (the execution's InvokeUserManagement.Payload) in the skill's terms:
 * for a list, each account's name, role and secret; otherwise the secret that holds the password. Only these
 * fields are read, so nothing else the result might hold is ever spoken. The plan fills in a missing secret
 * name; a missing list stays missing (undefined), so it is never said as an empty one.
 */
export function parseUserTaskResult(plan: UserTaskPlan, payloadText: string | undefined): UserTaskResult {
  const payload = parse(payloadText);
  if (plan.action === 'listUsers') {
    if (!payload || !Array.isArray(payload.users)) return { action: 'listUsers', users: undefined };
    const users: ManagedUser[] = payload.users
      .map((user) => ({
        username: text(user.username),
        role: text(user.role) || 'unknown',
        secretName: text(user.secret_name),
      }))
      .filter((user) => user.username !== '');
    return { action: 'listUsers', users };
  }
  // The request named no secret, so user management used rds-<db>-<user>-secret: the plan's own name.
  return { action: plan.action, secretName: text(payload?.secret_name) || plan.secretName || '' };
}
