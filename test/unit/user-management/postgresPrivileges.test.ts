import { describe, expect, it } from 'vitest';
import { groupGrantStatements, groupRoleName } from '../../../src/user-management/postgresPrivileges.js';

describe('groupRoleName', () => {
  it('names the group dbvoice_<db>_<role>', () => {
    expect(groupRoleName('orders', 'readonly')).toBe('dbvoice_orders_readonly');
  });

  it('keeps long database names apart within PostgreSQL’s 63 characters', () => {
    // Prepare: two names that only differ after the part that fits
    const a = `${'d'.repeat(60)}_a`;
    const b = `${'d'.repeat(60)}_b`;

    // Act
    const names = [groupRoleName(a, 'readwrite'), groupRoleName(b, 'readwrite')];

    // Assess
    expect(names.every((name) => name.length <= 63 && name.endsWith('_readwrite'))).toBe(true);
    expect(names[0]).not.toBe(names[1]);
  });
});

describe('groupGrantStatements', () => {
  it('gives readonly SELECT only, with default privileges for later tables', () => {
    const sql = groupGrantStatements('app', ['public'], 'readonly').join('\n');
    expect(sql).toContain('GRANT CONNECT ON DATABASE "app" TO "dbvoice_app_readonly"');
    expect(sql).toContain('GRANT SELECT ON ALL TABLES IN SCHEMA "public" TO "dbvoice_app_readonly"');
    expect(sql).toContain('ALTER DEFAULT PRIVILEGES IN SCHEMA "public" GRANT SELECT ON TABLES TO');
    expect(sql).not.toMatch(/INSERT|UPDATE|DELETE|CREATE/);
  });

  it('gives admin CREATE on the database and ALL on the schemas’ objects, never a superuser role', () => {
    const sql = groupGrantStatements('app', ['public', 'sales'], 'admin').join('\n');
    expect(sql).toContain('GRANT CONNECT, CREATE, TEMPORARY ON DATABASE "app" TO "dbvoice_app_admin"');
    expect(sql).toContain('GRANT ALL ON ALL TABLES IN SCHEMA "sales" TO "dbvoice_app_admin"');
    expect(sql).not.toMatch(/rds_superuser|SUPERUSER/);
  });

  it('quotes names with pg’s own escaping', () => {
    expect(groupGrantStatements('App', ['we"ird'], 'readonly')[1]).toBe(
      'GRANT USAGE ON SCHEMA "we""ird" TO "dbvoice_App_readonly"',
    );
  });
});
