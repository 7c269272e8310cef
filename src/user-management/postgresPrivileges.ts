import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Role } from './event.js';

/** PostgreSQL truncates longer identifiers (NAMEDATALEN - 1), which could make two group names one. */
const MAX_IDENTIFIER = 63;
const GROUP_ROLE_PREFIX = 'dbvoice_';

/**
 * The group role that carries `role` on `database`: dbvoice_<db>_<role>. A database name too long for that
 * is shortened and followed by a hash of the whole name, so every database keeps its own groups.
 */
export function groupRoleName(database: string, role: Role): string {
  const plain = `${GROUP_ROLE_PREFIX}${database}_${role}`;
  if (plain.length <= MAX_IDENTIFIER) return plain;
  const hash = createHash('sha256').update(database).digest('hex').slice(0, 8);
  const room = MAX_IDENTIFIER - GROUP_ROLE_PREFIX.length - hash.length - role.length - 2;
  return `${GROUP_ROLE_PREFIX}${database.slice(0, room)}_${hash}_${role}`;
}

export const quote = (identifier: string): string => pg.escapeIdentifier(identifier);

/**
 * What each group role is granted, per database and per schema (schemas that exist when a user is
 * created or re-granted; the statements are idempotent and re-run each time, so later schemas are picked
 * up). ALTER DEFAULT PRIVILEGES covers tables and sequences the master user creates later; objects another
 * role creates follow that role's defaults, which only it (or a superuser) can set.
 */
export function groupGrantStatements(database: string, schemas: readonly string[], role: Role): string[] {
  const group = quote(groupRoleName(database, role));
  const db = quote(database);
  const perSchema = (schema: string): string[] => {
    const s = quote(schema);
    switch (role) {
      case 'readonly':
        return [
          `GRANT USAGE ON SCHEMA ${s} TO ${group}`,
          `GRANT SELECT ON ALL TABLES IN SCHEMA ${s} TO ${group}`,
          `GRANT SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${group}`,
          `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT ON TABLES TO ${group}`,
          `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT ON SEQUENCES TO ${group}`,
        ];
      case 'readwrite':
        return [
          `GRANT USAGE ON SCHEMA ${s} TO ${group}`,
          `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${group}`,
          `GRANT SELECT, USAGE ON ALL SEQUENCES IN SCHEMA ${s} TO ${group}`,
          `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${group}`,
          `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, USAGE ON SEQUENCES TO ${group}`,
        ];
      case 'admin':
        return [
          `GRANT ALL ON SCHEMA ${s} TO ${group}`,
          `GRANT ALL ON ALL TABLES IN SCHEMA ${s} TO ${group}`,
          `GRANT ALL ON ALL SEQUENCES IN SCHEMA ${s} TO ${group}`,
          `GRANT ALL ON ALL FUNCTIONS IN SCHEMA ${s} TO ${group}`,
          `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT ALL ON TABLES TO ${group}`,
          `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT ALL ON SEQUENCES TO ${group}`,
          `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT ALL ON FUNCTIONS TO ${group}`,
        ];
    }
  };
  // admin owns nothing and is never rds_superuser: CREATE on the database and ALL on the schemas' objects.
  const onDatabase = role === 'admin' ? 'CONNECT, CREATE, TEMPORARY' : 'CONNECT';
  return [`GRANT ${onDatabase} ON DATABASE ${db} TO ${group}`, ...schemas.flatMap(perSchema)];
}
