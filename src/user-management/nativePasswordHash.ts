import { createHash } from 'node:crypto';

/**
 * mysql_native_password's stored form of a password: '*' and the upper-case hex of SHA1(SHA1(password)),
 * what MariaDB's PASSWORD() and MySQL 5.7's authentication_string hold. Sending it instead of the password
 * keeps the password itself out of every server log (general, slow, binary, audit).
 */
export function nativePasswordHash(password: string): string {
  const once = createHash('sha1').update(password, 'utf8').digest();
  return `*${createHash('sha1').update(once).digest('hex').toUpperCase()}`;
}
