/**
 * The Lambda's event contract. The SSM Automation document (lib/documents/user-management.yaml) declares one
 * parameter per field here, and a test keeps the two in step.
 */
export const ACTIONS = [
  'create_user',
  'delete_user',
  'reset_password',
  'update_grant',
  'list_users',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ROLES = ['readonly', 'readwrite', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const EVENT_FIELDS = [
  'action',
  'db_name',
  'username',
  'role',
  'host',
  'secret_name',
  'reader_role_arns',
  'reassign_owned',
  'rds_secret_name',
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

/**
 * The raw event as it arrives. Automation passes an unset optional parameter as '' (or [] for the list), so
 * an empty value means "not given".
 */
export interface UserManagementEvent {
  readonly action: string;
  readonly db_name: string;
  readonly rds_secret_name: string;
  readonly username?: string;
  readonly role?: string;
  readonly host?: string;
  readonly secret_name?: string;
  readonly reader_role_arns?: readonly string[];
  /** delete_user on PostgreSQL: 'true' hands the role's objects to the master user before DROP ROLE. */
  readonly reassign_owned?: string;
}

/** Where every request runs: one database, reached with the master secret's credentials. */
export interface DatabaseTarget {
  readonly database: string;
  readonly masterSecretId: string;
}

/**
 * One account ('username'@'host' on MySQL, a login role on PostgreSQL, where host is always '%') and the
 * secret that holds its credentials.
 */
export interface AccountTarget extends DatabaseTarget {
  readonly username: string;
  readonly host: string;
  readonly secretName: string;
}

export interface CreateUserRequest extends AccountTarget {
  readonly action: 'create_user';
  readonly role: Role;
  readonly readerRoleArns: readonly string[];
}

export interface DeleteUserRequest extends AccountTarget {
  readonly action: 'delete_user';
  /** PostgreSQL: REASSIGN OWNED to the master user (and DROP OWNED) before DROP ROLE; only when asked. */
  readonly reassignOwned: boolean;
}

export interface ResetPasswordRequest extends AccountTarget {
  readonly action: 'reset_password';
}

export interface UpdateGrantRequest extends AccountTarget {
  readonly action: 'update_grant';
  readonly role: Role;
}

export interface ListUsersRequest extends DatabaseTarget {
  readonly action: 'list_users';
  /** Optional filters: only accounts with this name / host. */
  readonly username?: string;
  readonly host?: string;
}

export type UserManagementRequest =
  | CreateUserRequest
  | DeleteUserRequest
  | ResetPasswordRequest
  | UpdateGrantRequest
  | ListUsersRequest;
