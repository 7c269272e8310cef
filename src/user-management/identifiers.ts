import { SecretNames } from '../contract/SecretNames.js';

/**
 * Allow-lists for every name that reaches SQL or Secrets Manager. Values are still passed through mysql2's
 * escaping (? and ??); the allow-lists are the first line, so a hostile value is refused before any
 * connection is opened. Patterns are ASCII-only on purpose: Unicode look-alikes ('rооt' with Cyrillic o,
 * fullwidth quotes) never pass.
 */

/**
 * Length limits, the strictest of the engines served: MySQL 5.7/8 allow 32-character user names (MariaDB 80)
 * and MySQL 5.7 / Aurora MySQL 2 allow 60-character host names (MySQL 8.0.17+ and MariaDB allow 255).
 */
export const LIMITS = {
  username: 32,
  host: 60,
  database: 64,
  secretName: 512,
  readerRoles: 20,
} as const;

/** Letters, digits, underscore; starts with a letter. No '-' so `rds-<db>-<user>-secret` stays unambiguous. */
export const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Letters, digits, underscore. '_' is a wildcard in database-level grants; see grantDatabasePattern. */
export const DATABASE_PATTERN = /^[A-Za-z0-9_]+$/;

/**
 * '%', a host name or IPv4 address, optionally with '%' wildcards ('10.0.%', '%.example.com'), or an IPv4
 * address/netmask pair. No quotes, no '_' (a one-character wildcard nobody means), no spaces.
 */
export const HOST_PATTERN =
  /^(?:[A-Za-z0-9%](?:[A-Za-z0-9%.-]*[A-Za-z0-9%])?|(?:\d{1,3}\.){3}\d{1,3}\/(?:\d{1,3}\.){3}\d{1,3})$/;

/**
 * A user secret's name: Secrets Manager's character set, starting with 'rds-' because the Lambda's IAM
 * policy (lib/UserManagementStack.ts) reaches only rds-* secrets; anything else would fail half-way.
 */
export const SECRET_NAME_PATTERN = new RegExp(
  `^${escapeForRegExp(SecretNames.userSecretPrefix)}[A-Za-z0-9/_+=.@-]+$`,
);

/** A secret name or a full Secrets Manager ARN (the master secret may live in another account). */
export const SECRET_ID_PATTERN =
  /^(?:[A-Za-z0-9/_+=.@-]+|arn:aws(?:-[a-z]+)*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+)$/;

export const ROLE_ARN_PATTERN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]{1,512}$/;

/** Accounts that belong to the engine or to RDS itself: never created, changed or dropped here. */
const RESERVED_USERNAMES: ReadonlySet<string> = new Set([
  'root',
  'mysql',
  'rdsadmin',
  'rdsrepladmin',
  'rdsproxyadmin',
  'rds_superuser_role',
  'mariadb',
  'admin',
  'postgres',
  'rdstopmgr',
]);

/**
 * Name prefixes that are not ours to manage: PostgreSQL reserves pg_ for its own roles, RDS uses rds_
 * (rds_superuser, rds_iam, ...), and dbvoice_ names the group roles that carry dbvoice's roles on
 * PostgreSQL (dbvoice_<db>_readonly, ...).
 */
const RESERVED_USERNAME_PREFIXES: readonly string[] = ['pg_', 'rds_', 'dbvoice_'];

/** A name (in any case) the engine or RDS keeps for itself, or one under a reserved prefix. */
export function isReservedUsername(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    RESERVED_USERNAMES.has(lower) || RESERVED_USERNAME_PREFIXES.some((prefix) => lower.startsWith(prefix))
  );
}

/** Schemas that hold the server's own state. */
export const SYSTEM_DATABASES: ReadonlySet<string> = new Set([
  'mysql',
  'information_schema',
  'performance_schema',
  'sys',
  'template0',
  'template1',
  'rdsadmin',
]);

/** The secret a created user gets unless the event names one. */
export function defaultSecretName(database: string, username: string): string {
  return `${SecretNames.userSecretPrefix}${database}-${username}-secret`;
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The database name as GRANT/REVOKE and information_schema.SCHEMA_PRIVILEGES see it. With partial_revokes
 * OFF (MariaDB, MySQL default) '_' and '%' in a database-level grant are wildcards, so `app_db` would also
 * cover `appXdb`: escape them. With partial_revokes ON (MySQL 8) they are literal and must not be escaped.
 */
export function grantDatabasePattern(database: string, wildcardsAreLiteral: boolean): string {
  return wildcardsAreLiteral ? database : database.replace(/[_%]/g, (c) => `\\${c}`);
}
