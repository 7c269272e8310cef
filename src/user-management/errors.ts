/**
 * Named errors for the user-management Lambda. Each carries a stable `code` (what an Automation execution or
 * a script matches on) and `details` (plain JSON, never a password). The handler turns them into the
 * structured message the Automation step shows when it fails.
 */
export type ErrorDetails = Readonly<Record<string, unknown>>;

export interface UserManagementErrorOptions {
  readonly details?: ErrorDetails;
  readonly cause?: unknown;
}

export class UserManagementError extends Error {
  readonly code: string;
  readonly details: ErrorDetails;

  constructor(code: string, message: string, options: UserManagementErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options.details ?? {};
  }
}

/** The event is malformed or a value fails its allow-list: nothing was touched. */
export class ValidationError extends UserManagementError {
  readonly field: string;

  constructor(field: string, message: string, details: ErrorDetails = {}) {
    super('InvalidInput', `${field}: ${message}`, { details: { field, ...details } });
    this.field = field;
  }
}

/** The master secret is missing, unreadable or not RDS-style JSON. */
export class MasterSecretError extends UserManagementError {
  constructor(message: string, options: UserManagementErrorOptions = {}) {
    super('MasterSecretInvalid', message, options);
  }
}

export class DatabaseNotFoundError extends UserManagementError {
  constructor(database: string) {
    super('DatabaseNotFound', `database ${database} does not exist on this server`, {
      details: { database },
    });
  }
}

export class UserAlreadyExistsError extends UserManagementError {
  constructor(username: string, host: string) {
    super('UserAlreadyExists', `account '${username}'@'${host}' already exists; it was left unchanged`, {
      details: { username, host },
    });
  }
}

export class UserNotFoundError extends UserManagementError {
  constructor(username: string, host: string) {
    super('UserNotFound', `account '${username}'@'${host}' does not exist`, { details: { username, host } });
  }
}

export class SecretAlreadyExistsError extends UserManagementError {
  constructor(secretName: string, scheduledForDeletion: boolean) {
    super(
      'SecretAlreadyExists',
      scheduledForDeletion
        ? `secret ${secretName} is scheduled for deletion; restore it, wait for the deletion, or pass secret_name`
        : `secret ${secretName} already exists; pass secret_name to use another name`,
      { details: { secretName, scheduledForDeletion } },
    );
  }
}

export class SecretNotFoundError extends UserManagementError {
  constructor(secretId: string, options: UserManagementErrorOptions = {}) {
    super('SecretNotFound', `secret ${secretId} does not exist`, {
      ...options,
      details: { secretId, ...options.details },
    });
  }
}

/** The account or its secret was not created by dbvoice (or belongs to another account/database). */
export class NotManagedError extends UserManagementError {
  constructor(message: string, details: ErrorDetails) {
    super('NotManagedByDbvoice', message, { details });
  }
}

/** A statement failed on the server. The message is redacted: no SQL text, no password. */
export class DatabaseError extends UserManagementError {
  constructor(message: string, options: UserManagementErrorOptions = {}) {
    super('DatabaseFailure', message, options);
  }
}

/** The server could not be reached or refused the login. */
export class DatabaseConnectionError extends UserManagementError {
  constructor(message: string, options: UserManagementErrorOptions = {}) {
    super('DatabaseConnectionFailure', message, options);
  }
}

/** A Secrets Manager call failed for a reason other than a missing secret. */
export class SecretsManagerError extends UserManagementError {
  constructor(operation: string, message: string, options: UserManagementErrorOptions = {}) {
    super('SecretsManagerFailure', `${operation}: ${message}`, {
      ...options,
      details: { operation, ...options.details },
    });
  }
}

/** The new password was set but logging in with it failed (or reached another account). */
export class LoginVerificationError extends UserManagementError {
  constructor(message: string, options: UserManagementErrorOptions = {}) {
    super('LoginVerificationFailed', message, options);
  }
}

/**
 * A step failed and at least one undo step failed too. `details.leftovers` says exactly what an operator
 * must clean up by hand; `cause` is the original failure.
 */
export class RollbackFailedError extends UserManagementError {
  readonly leftovers: readonly string[];

  constructor(original: unknown, leftovers: readonly string[]) {
    const reason = original instanceof Error ? original.message : String(original);
    super('RollbackIncomplete', `${reason}; undo incomplete, clean up by hand: ${leftovers.join('; ')}`, {
      cause: original,
      details: {
        leftovers,
        ...(original instanceof UserManagementError ? { originalCode: original.code } : {}),
      },
    });
    this.leftovers = leftovers;
  }
}

/**
 * reset_password promoted the new password (it works and is AWSCURRENT) but could not retire the old one,
 * which the server still accepts. Re-running reset_password finishes the job.
 */
export class PasswordResetIncompleteError extends UserManagementError {
  constructor(message: string, options: UserManagementErrorOptions = {}) {
    super('PasswordResetIncomplete', message, options);
  }
}

/**
 * delete_user on a PostgreSQL role that owns objects or holds privileges granted to it directly: DROP ROLE
 * would fail, and dropping them would lose data. Nothing was changed; the message names them.
 */
export class AccountOwnsObjectsError extends UserManagementError {
  constructor(
    username: string,
    found: {
      readonly objects: readonly string[];
      readonly objectCount: number;
      readonly otherDatabases: readonly string[];
      readonly reassignable: boolean;
    },
  ) {
    const here = found.objects.length > 0 ? found.objects.join(', ') : '';
    const more =
      found.objectCount > found.objects.length ? ` and ${found.objectCount - found.objects.length} more` : '';
    const elsewhere =
      found.otherDatabases.length > 0
        ? `${here ? '; it also ' : ''}owns objects or holds privileges in database(s) ${found.otherDatabases.join(', ')}, ` +
          'which must be reassigned or dropped there by hand'
        : '';
    const advice = found.reassignable
      ? '; nothing was changed. Pass reassign_owned=true to give its objects to the master user and drop its privileges, or move them by hand'
      : '; nothing was changed';
    super('UserOwnsObjects', `role ${username} ${here}${more}${elsewhere}${advice}`, {
      details: { username, ...found },
    });
  }
}
