import type { Role } from './event.js';

/**
 * Database-level privileges each role grants. `admin` is ALL PRIVILEGES, which the server expands to its own
 * list (MariaDB adds DELETE HISTORY, for instance), so it is recognised by a core subset rather than
 * an exact set.
 */
export const ROLE_PRIVILEGES = {
  readonly: ['SELECT'],
  readwrite: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  admin: ['ALL PRIVILEGES'],
} as const satisfies Record<Role, readonly string[]>;

/** Present in ALL PRIVILEGES at database level on MySQL 5.7, MySQL 8 and MariaDB 10.x/11.x alike. */
const ADMIN_CORE = [
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'CREATE',
  'DROP',
  'REFERENCES',
  'INDEX',
  'ALTER',
  'CREATE TEMPORARY TABLES',
  'LOCK TABLES',
  'EXECUTE',
  'CREATE VIEW',
  'SHOW VIEW',
  'CREATE ROUTINE',
  'ALTER ROUTINE',
  'EVENT',
  'TRIGGER',
] as const;

/**
 * Every privilege that can be held at database level on MySQL or MariaDB. Privileges read back from the
 * server are pasted into GRANT only after passing this list (privilege names cannot be placeholders).
 */
export const DATABASE_PRIVILEGES: ReadonlySet<string> = new Set([
  ...ADMIN_CORE,
  'GRANT OPTION',
  'DELETE HISTORY',
  'SHOW CREATE ROUTINE',
]);

/** What an account holds on a database, as a role name, 'none', or 'custom' for anything else. */
export type ObservedRole = Role | 'none' | 'custom';

export function roleOfPrivileges(privileges: Iterable<string>): ObservedRole {
  const held = new Set(privileges);
  if (held.size === 0) return 'none';
  if (ADMIN_CORE.every((p) => held.has(p))) return 'admin';
  for (const role of ['readonly', 'readwrite'] as const) {
    const wanted: readonly string[] = ROLE_PRIVILEGES[role];
    if (held.size === wanted.length && wanted.every((p) => held.has(p))) return role;
  }
  return 'custom';
}
