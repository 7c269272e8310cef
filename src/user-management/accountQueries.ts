import { DatabaseError } from './errors.js';
import { grantDatabasePattern } from './identifiers.js';
import type { SqlSession } from './mysqlSession.js';
import { DATABASE_PRIVILEGES } from './roles.js';
import type { ServerInfo } from './serverInfo.js';

/**
 * The read-only queries the actions share. Every value is a placeholder; names were allow-listed first.
 */

export async function databaseExists(session: SqlSession, database: string): Promise<boolean> {
  const rows = await session.query({
    sql: 'SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
    values: [database],
  });
  return rows.length > 0;
}

export async function accountExists(session: SqlSession, username: string, host: string): Promise<boolean> {
  // mysql.user is a view on MariaDB 10.4+ and a table on MySQL; both answer this.
  const rows = await session.query({
    sql: 'SELECT 1 AS found FROM mysql.user WHERE User = ? AND Host = ?',
    values: [username, host],
  });
  return rows.length > 0;
}

/** The account as information_schema spells GRANTEE. Safe: neither part can hold a quote. */
export function grantee(username: string, host: string): string {
  return `'${username}'@'${host}'`;
}

/** Privileges the account holds on the database itself (db.*), upper-case names. */
export async function databasePrivileges(
  session: SqlSession,
  server: ServerInfo,
  username: string,
  host: string,
  database: string,
): Promise<string[]> {
  const rows = await session.query({
    sql: 'SELECT PRIVILEGE_TYPE AS privilege FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE = ? AND TABLE_SCHEMA = ?',
    values: [grantee(username, host), grantDatabasePattern(database, server.wildcardsAreLiteral)],
  });
  return rows.map((row) => String(row.privilege).toUpperCase()).sort();
}

/**
 * SHOW GRANTS lines that concern this database. Other lines are left out on purpose: MariaDB prints the
 * password hash on the USAGE line.
 */
export async function databaseGrants(
  session: SqlSession,
  server: ServerInfo,
  username: string,
  host: string,
  database: string,
): Promise<string[]> {
  const rows = await session.query({ sql: 'SHOW GRANTS FOR ?@?', values: [username, host] });
  const onDatabase = ` ON \`${grantDatabasePattern(database, server.wildcardsAreLiteral)}\`.`;
  return rows
    .map((row) => String(Object.values(row)[0] ?? ''))
    .filter((line) => line.includes(onDatabase) && !/IDENTIFIED/i.test(line));
}

/**
 * Privilege names go into GRANT as SQL keywords (they cannot be placeholders), so each must be one the
 * engine defines at database level. Anything else is refused rather than pasted.
 */
export function privilegeList(privileges: readonly string[]): string {
  if (privileges.length === 0) throw new DatabaseError('no privileges to grant');
  for (const privilege of privileges) {
    if (privilege !== 'ALL PRIVILEGES' && !DATABASE_PRIVILEGES.has(privilege)) {
      throw new DatabaseError(
        `refusing to grant unknown privilege ${JSON.stringify(privilege.slice(0, 40))}`,
      );
    }
  }
  return privileges.join(', ');
}

export async function grantPrivileges(
  session: SqlSession,
  server: ServerInfo,
  privileges: readonly string[],
  username: string,
  host: string,
  database: string,
): Promise<void> {
  const withoutGrantOption = privileges.filter((p) => p !== 'GRANT OPTION');
  await session.query({
    sql: `GRANT ${privilegeList(withoutGrantOption)} ON ??.* TO ?@?`,
    values: [grantDatabasePattern(database, server.wildcardsAreLiteral), username, host],
  });
}

export async function revokeAllOnDatabase(
  session: SqlSession,
  server: ServerInfo,
  username: string,
  host: string,
  database: string,
): Promise<void> {
  // ALL PRIVILEGES leaves GRANT OPTION alone; dbvoice never grants it, so a grant option someone else gave
  // survives a role change untouched.
  await session.query({
    sql: 'REVOKE ALL PRIVILEGES ON ??.* FROM ?@?',
    values: [grantDatabasePattern(database, server.wildcardsAreLiteral), username, host],
  });
}
