import type { AccountRef } from './accountDialect.js';
import type { SqlStatement } from './mysqlSession.js';
import { nativePasswordHash } from './nativePasswordHash.js';
import type { ServerInfo } from './serverInfo.js';

/**
 * The statements that give an account its password, in the form that keeps the password out of the
 * server's logs on each engine:
 * - MariaDB writes statements to its general log as sent, so it gets only the mysql_native_password hash
 *   (IDENTIFIED BY PASSWORD '*hex', and IDENTIFIED VIA mysql_native_password USING '*hex' for two passwords);
 * - MySQL 5.7 / Aurora MySQL 2 gets the same hash (IDENTIFIED WITH mysql_native_password AS '*hex');
 * - MySQL 8 / Aurora MySQL 3 keeps caching_sha2_password with IDENTIFIED BY: the server rewrites the
 *   password out of its general, slow and binary logs (unless started with --log-raw), and RETAIN CURRENT
 *   PASSWORD, which keeps the old password working until promotion, is refused with a pre-hashed AS form.
 * Both the password and its hash are listed as secrets, so neither survives into an error message.
 */
function hashed(server: ServerInfo): boolean {
  return server.flavor === 'mariadb' || Number.parseInt(server.version, 10) < 8;
}

function clause(server: ServerInfo, password: string): { sql: string; value: string; secrets: string[] } {
  if (!hashed(server)) return { sql: 'IDENTIFIED BY ?', value: password, secrets: [password] };
  const hash = nativePasswordHash(password);
  const sql =
    server.flavor === 'mariadb' ? 'IDENTIFIED BY PASSWORD ?' : 'IDENTIFIED WITH mysql_native_password AS ?';
  return { sql, value: hash, secrets: [password, hash] };
}

export function createUserStatement(server: ServerInfo, account: AccountRef, password: string): SqlStatement {
  const { sql, value, secrets } = clause(server, password);
  return { sql: `CREATE USER ?@? ${sql}`, values: [account.username, account.host, value], secrets };
}

/** The one password the account logs in with from now on. */
export function setPasswordStatement(
  server: ServerInfo,
  account: AccountRef,
  password: string,
): SqlStatement {
  const { sql, value, secrets } = clause(server, password);
  return { sql: `ALTER USER ?@? ${sql}`, values: [account.username, account.host, value], secrets };
}

/** MySQL 8.0.14+: the new password becomes primary, the current one stays valid until DISCARD OLD PASSWORD. */
export function retainPasswordStatement(account: AccountRef, password: string): SqlStatement {
  return {
    sql: 'ALTER USER ?@? IDENTIFIED BY ? RETAIN CURRENT PASSWORD',
    values: [account.username, account.host, password],
    secrets: [password],
  };
}

/** MariaDB 10.4+: two authentication methods, tried in turn, so both passwords log in. */
export function eitherPasswordStatement(
  account: AccountRef,
  oldPassword: string,
  newPassword: string,
): SqlStatement {
  const oldHash = nativePasswordHash(oldPassword);
  const newHash = nativePasswordHash(newPassword);
  return {
    sql: 'ALTER USER ?@? IDENTIFIED VIA mysql_native_password USING ? OR mysql_native_password USING ?',
    values: [account.username, account.host, oldHash, newHash],
    secrets: [oldPassword, newPassword, oldHash, newHash],
  };
}

/** Ends MySQL 8's dual-password window: only the primary password logs in afterwards. */
export function discardOldPasswordStatement(account: AccountRef): SqlStatement {
  return { sql: 'ALTER USER ?@? DISCARD OLD PASSWORD', values: [account.username, account.host] };
}
