import { describe, expect, it } from 'vitest';
import { roleOfPrivileges } from '../../../src/user-management/roles.js';

const ALL_MARIADB = [
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
  'DELETE HISTORY',
];

describe('Roles: roleOfPrivileges', () => {
  it.each([
    [[], 'none'],
    [['SELECT'], 'readonly'],
    [['DELETE', 'INSERT', 'SELECT', 'UPDATE'], 'readwrite'],
    [ALL_MARIADB, 'admin'],
    // MySQL 8 has no DELETE HISTORY in ALL PRIVILEGES.
    [ALL_MARIADB.filter((p) => p !== 'DELETE HISTORY'), 'admin'],
    [['SELECT', 'INSERT'], 'custom'],
    [['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'DROP'], 'custom'],
  ] as const)('reads %j as %s', (privileges, role) => {
    expect(roleOfPrivileges(privileges)).toBe(role);
  });
});
