import { ValidationError } from './errors.js';
import {
  ACTIONS,
  type Action,
  EVENT_FIELDS,
  type EventField,
  ROLES,
  type Role,
  type UserManagementRequest,
} from './event.js';
import {
  DATABASE_PATTERN,
  defaultSecretName,
  HOST_PATTERN,
  isReservedUsername,
  LIMITS,
  ROLE_ARN_PATTERN,
  SECRET_ID_PATTERN,
  SECRET_NAME_PATTERN,
  SYSTEM_DATABASES,
  USERNAME_PATTERN,
} from './identifiers.js';

/** Actions that act on one account; list_users acts on a database. */
const ACCOUNT_ACTIONS: ReadonlySet<Action> = new Set([
  'create_user',
  'delete_user',
  'reset_password',
  'update_grant',
]);
const ROLE_ACTIONS: ReadonlySet<Action> = new Set(['create_user', 'update_grant']);

/**
 * Turns the raw event into a typed request or throws ValidationError. It does no I/O, so a refused event
 * cannot have run a statement or touched a secret.
 */
export function validateEvent(event: unknown): UserManagementRequest {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new ValidationError('event', 'must be a JSON object');
  }
  const raw = event as Record<string, unknown>;
  const known: ReadonlySet<string> = new Set(EVENT_FIELDS);
  const unknown = Object.keys(raw).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    // Bounded and sanitised: the names themselves may be hostile.
    throw new ValidationError('event', `unknown fields: ${unknown.slice(0, 5).map(printable).join(', ')}`, {
      allowed: EVENT_FIELDS,
    });
  }

  const action = requiredString(raw, 'action');
  if (!(ACTIONS as readonly string[]).includes(action)) {
    throw new ValidationError('action', `unknown action ${printable(action)}`, { allowed: ACTIONS });
  }
  const typedAction = action as Action;
  const database = databaseName(requiredString(raw, 'db_name'));
  const masterSecretId = secretId(requiredString(raw, 'rds_secret_name'), 'rds_secret_name');

  const role = optionalString(raw, 'role');
  if (ROLE_ACTIONS.has(typedAction)) {
    if (role === undefined)
      throw new ValidationError('role', `is required for ${typedAction}`, { allowed: ROLES });
  } else if (role !== undefined) {
    throw new ValidationError('role', `is only used by create_user and update_grant, not ${typedAction}`);
  }
  const readerRoleArns = roleArns(raw.reader_role_arns);
  if (readerRoleArns.length > 0 && typedAction !== 'create_user') {
    throw new ValidationError('reader_role_arns', `is only used by create_user, not ${typedAction}`);
  }

  const reassignOwned = flag(raw, 'reassign_owned');
  if (reassignOwned && typedAction !== 'delete_user') {
    throw new ValidationError('reassign_owned', `is only used by delete_user, not ${typedAction}`);
  }

  const usernameRaw = optionalString(raw, 'username');
  const hostRaw = optionalString(raw, 'host');
  const secretNameRaw = optionalString(raw, 'secret_name');

  if (!ACCOUNT_ACTIONS.has(typedAction)) {
    if (secretNameRaw !== undefined) {
      throw new ValidationError('secret_name', 'is not used by list_users');
    }
    return {
      action: 'list_users',
      database,
      masterSecretId,
      ...(usernameRaw === undefined ? {} : { username: username(usernameRaw) }),
      ...(hostRaw === undefined ? {} : { host: host(hostRaw) }),
    };
  }

  if (usernameRaw === undefined) throw new ValidationError('username', `is required for ${typedAction}`);
  const user = username(usernameRaw);
  const account = {
    database,
    masterSecretId,
    username: user,
    // '%' is MySQL's own default host for an account named without one.
    host: hostRaw === undefined ? '%' : host(hostRaw),
    secretName:
      secretNameRaw === undefined
        ? defaultSecretName(database, user)
        : secretId(secretNameRaw, 'secret_name', SECRET_NAME_PATTERN),
  };
  switch (typedAction) {
    case 'create_user':
      return { action: typedAction, ...account, role: roleName(role), readerRoleArns };
    case 'update_grant':
      return { action: typedAction, ...account, role: roleName(role) };
    case 'delete_user':
      return { action: typedAction, ...account, reassignOwned };
    case 'reset_password':
      return { action: typedAction, ...account };
    default:
      throw new ValidationError('action', `unknown action ${printable(action)}`, { allowed: ACTIONS });
  }
}

function requiredString(raw: Record<string, unknown>, field: EventField): string {
  const value = optionalString(raw, field);
  if (value === undefined) throw new ValidationError(field, 'is required');
  return value;
}

function optionalString(raw: Record<string, unknown>, field: EventField): string | undefined {
  const value = raw[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new ValidationError(field, `must be a string, not ${kindOf(value)}`);
  return value;
}

/** 'true' / 'false' (Automation sends strings) or a JSON boolean; unset means false. */
function flag(raw: Record<string, unknown>, field: EventField): boolean {
  const value = raw[field];
  if (value === undefined || value === null || value === '' || value === false || value === 'false')
    return false;
  if (value === true || value === 'true') return true;
  throw new ValidationError(field, 'must be true or false');
}

function username(value: string): string {
  checkLength('username', value, LIMITS.username);
  if (!USERNAME_PATTERN.test(value)) {
    throw new ValidationError('username', 'must start with a letter and hold only letters, digits and _', {
      pattern: USERNAME_PATTERN.source,
    });
  }
  if (isReservedUsername(value)) {
    throw new ValidationError('username', `${value} is reserved for the engine or RDS`);
  }
  return value;
}

function host(value: string): string {
  checkLength('host', value, LIMITS.host);
  if (!HOST_PATTERN.test(value)) {
    throw new ValidationError(
      'host',
      "must be '%', a host name or IPv4 address (with % wildcards) or ip/netmask",
      {
        pattern: HOST_PATTERN.source,
      },
    );
  }
  // MySQL 8 stores host names in lower case; comparing in one case keeps 'App.Example.com' one account.
  return value.toLowerCase();
}

function databaseName(value: string): string {
  checkLength('db_name', value, LIMITS.database);
  if (!DATABASE_PATTERN.test(value)) {
    throw new ValidationError('db_name', 'must hold only letters, digits and _', {
      pattern: DATABASE_PATTERN.source,
    });
  }
  if (SYSTEM_DATABASES.has(value.toLowerCase())) {
    throw new ValidationError('db_name', `${value} is a system schema`);
  }
  return value;
}

function secretId(value: string, field: string, pattern: RegExp = SECRET_ID_PATTERN): string {
  checkLength(field, value, field === 'rds_secret_name' ? 2048 : LIMITS.secretName);
  if (!pattern.test(value)) {
    const shape =
      pattern === SECRET_NAME_PATTERN
        ? "must start with 'rds-' and hold only letters, digits and /_+=.@-"
        : 'must be a Secrets Manager name (letters, digits and /_+=.@-) or ARN';
    throw new ValidationError(field, shape, { pattern: pattern.source });
  }
  return value;
}

function roleName(value: string | undefined): Role {
  if (value === undefined || !(ROLES as readonly string[]).includes(value)) {
    throw new ValidationError('role', `unknown role ${printable(value ?? '')}`, { allowed: ROLES });
  }
  return value as Role;
}

function roleArns(value: unknown): readonly string[] {
  if (value === undefined || value === null || value === '') return [];
  if (!Array.isArray(value)) {
    throw new ValidationError('reader_role_arns', `must be a list of IAM role ARNs, not ${kindOf(value)}`);
  }
  if (value.length > LIMITS.readerRoles) {
    throw new ValidationError('reader_role_arns', `at most ${LIMITS.readerRoles} roles`);
  }
  const arns = value.map((arn, index) => {
    if (typeof arn !== 'string' || !ROLE_ARN_PATTERN.test(arn)) {
      throw new ValidationError('reader_role_arns', `item ${index} is not an IAM role ARN`, {
        pattern: ROLE_ARN_PATTERN.source,
      });
    }
    return arn;
  });
  return [...new Set(arns)];
}

function checkLength(field: string, value: string, max: number): void {
  if (value.length > max) {
    throw new ValidationError(field, `is ${value.length} characters; the limit is ${max}`, {
      maxLength: max,
    });
  }
}

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`;
}

/**
 * A hostile value echoed back in an error must not carry control characters, quotes that break a log
 * viewer, or megabytes of text: show a short JSON-escaped prefix.
 */
function printable(value: string): string {
  const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return shown.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
