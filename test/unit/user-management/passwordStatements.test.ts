import { describe, expect, it } from 'vitest';
import type { AccountTarget } from '../../../src/user-management/event.js';
import { nativePasswordHash } from '../../../src/user-management/nativePasswordHash.js';
import {
  createUserStatement,
  eitherPasswordStatement,
  retainPasswordStatement,
  setPasswordStatement,
} from '../../../src/user-management/passwordStatements.js';
import { DUAL_PASSWORD, type ServerInfo } from '../../../src/user-management/serverInfo.js';

const account: AccountTarget = {
  username: 'bob',
  host: '%',
  database: 'app',
  masterSecretId: 'm',
  secretName: 'rds-app-bob-secret',
};
const server = (flavor: ServerInfo['flavor'], version: string): ServerInfo => ({
  flavor,
  version,
  dualPassword: DUAL_PASSWORD.none,
  wildcardsAreLiteral: false,
});

describe('nativePasswordHash', () => {
  it("matches the server's own PASSWORD() for mysql_native_password", () => {
    // Act + Assess: PASSWORD('password') on MySQL 5.7 and MariaDB
    expect(nativePasswordHash('password')).toBe('*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19');
  });
});

describe('passwordStatements', () => {
  it.each([
    ['MariaDB 10.11', server('mariadb', '10.11.6-MariaDB'), 'IDENTIFIED BY PASSWORD ?'],
    ['MySQL 5.7', server('mysql', '5.7.44'), 'IDENTIFIED WITH mysql_native_password AS ?'],
  ])('sends %s only the hash when creating or setting a password', (_name, info, form) => {
    // Act
    const statements = [
      createUserStatement(info, account, 'Pw-1.abc'),
      setPasswordStatement(info, account, 'Pw-1.abc'),
    ];

    // Assess
    for (const statement of statements) {
      expect(statement.sql.endsWith(form)).toBe(true);
      expect(statement.values).toEqual(['bob', '%', nativePasswordHash('Pw-1.abc')]);
      expect(statement.secrets).toEqual(['Pw-1.abc', nativePasswordHash('Pw-1.abc')]);
    }
  });

  it('keeps IDENTIFIED BY on MySQL 8, which rewrites the password out of its logs, and marks it secret', () => {
    // Act
    const created = createUserStatement(server('mysql', '8.0.36'), account, 'Pw-1.abc');
    const retained = retainPasswordStatement(account, 'Pw-2.abc');

    // Assess
    expect(created).toEqual({
      sql: 'CREATE USER ?@? IDENTIFIED BY ?',
      values: ['bob', '%', 'Pw-1.abc'],
      secrets: ['Pw-1.abc'],
    });
    expect(retained.sql).toBe('ALTER USER ?@? IDENTIFIED BY ? RETAIN CURRENT PASSWORD');
  });

  it('gives MariaDB two hashed authentication methods while both passwords must work', () => {
    // Act
    const both = eitherPasswordStatement(account, 'Old-1.abc', 'New-2.abc');

    // Assess
    expect(both.values).toEqual([
      'bob',
      '%',
      nativePasswordHash('Old-1.abc'),
      nativePasswordHash('New-2.abc'),
    ]);
    expect(JSON.stringify(both.values)).not.toMatch(/Old-1|New-2/);
  });
});
