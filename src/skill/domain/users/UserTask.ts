import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';

/** What can be asked by voice, and the user-management event's action for each. */
export const USER_ACTIONS = {
  createUser: 'create_user',
  resetPassword: 'reset_password',
  removeUser: 'delete_user',
  listUsers: 'list_users',
} as const;
export type UserAction = keyof typeof USER_ACTIONS;

/** The roles the user-management event names (src/user-management/event.ts ROLES). */
export const DATABASE_ROLES = ['readonly', 'readwrite', 'admin'] as const;
export type DatabaseRole = (typeof DATABASE_ROLES)[number];

/** A user-management request checked against the instance, ready to confirm and start. */
export interface UserTaskPlan {
  readonly action: UserAction;
  readonly instance: DbInstanceSummary;
  /** The database on the instance the account is granted on (its DBName). */
  readonly database: string;
  /** The master secret's name or ARN (MasterSecretTag, or the secret RDS manages). */
  readonly masterSecret: string;
  /** The instance's account, from its ARN: where the execution runs. */
  readonly account: string;
  /** Every action but listUsers. */
  readonly username?: string;
  /** createUser only. */
  readonly role?: DatabaseRole;
  /** The secret that holds (or held) the account's password, as user management names it. */
  readonly secretName?: string;
}

/** One account user management lists: never a password, only where it is kept. */
export interface ManagedUser {
  readonly username: string;
  /** readonly / readwrite / admin, or custom / none as the server reports it. */
  readonly role: string;
  readonly secretName: string;
}

/** What a finished execution reported. */
export type UserTaskResult =
  | {
      readonly action: 'listUsers';
      /** Undefined when the execution succeeded but its output did not reach the skill: never "no users". */
      readonly users: readonly ManagedUser[] | undefined;
    }
  | { readonly action: Exclude<UserAction, 'listUsers'>; readonly secretName: string };

/**
 * Where a started execution is when the answer is due: finished (its result), failed (the Lambda's error
 * code: UserAlreadyExists...), still running, or unreadable (GetAutomationExecution failed; it runs on).
 */
export type UserTaskOutcome =
  | { readonly state: 'done'; readonly executionId: string; readonly result: UserTaskResult }
  | { readonly state: 'failed'; readonly executionId: string; readonly code: string }
  | { readonly state: 'running'; readonly executionId: string }
  | { readonly state: 'unread'; readonly executionId: string };
