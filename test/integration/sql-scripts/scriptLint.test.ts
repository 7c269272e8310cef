import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Static checks for every script, and the only checks the Oracle and SQL Server ones get here: there is no
 * live Oracle or SQL Server on this machine (their runner paths are covered with stub clients in
 * runCheck.contract.test.ts; the MySQL/MariaDB and PostgreSQL scripts also run against real servers).
 */
const ROOT = 'sql-scripts';
const scripts = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(ROOT, dir.name))
      .filter((file) => file.endsWith('.sql'))
      .map((file) => ({
        engine: dir.name,
        check: file.replace(/\.sql$/, ''),
        path: join(ROOT, dir.name, file),
      })),
  );

/** The columns the skill reads from each check's rows (src/skill/intents/bastion). */
const REQUIRED_COLUMNS: Record<string, string[]> = {
  connect: ['version', 'open_mode'],
  storage: ['kind', 'name', 'used_bytes', 'size_bytes', 'pct'],
  'top-cpu': ['session_id', 'username', 'value', 'metric', 'sql_text'],
  'top-memory': ['session_id', 'username', 'value', 'metric', 'sql_text'],
  'top-dbtime': ['session_id', 'username', 'value', 'metric', 'sql_text'],
  parameter: ['value'],
};

/** SQL without its comments and string literals, for structural checks. */
function code(sql: string): string {
  return sql
    .replace(/--[^\n]*/g, '')
    .replace(/\/\*(?!!)[\s\S]*?\*\//g, '')
    .replace(/'(?:[^']|'')*'/g, "''");
}

function statements(sql: string): string[] {
  return code(sql)
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Header names from an Oracle/SQL Server header statement: 'a' || CHR(9) || 'b' or 'a' + CHAR(9) + 'b'. */
function headerColumns(sql: string): string[] {
  const header = sql.replace(/--[^\n]*/g, '').split(';')[0]!;
  return [...header.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!);
}

/** Column separators in a data statement (tabs inside REPLACE(... CHR(9) ...) calls are not separators). */
function separators(statement: string, engine: string): number {
  const pattern = engine === 'oracle' ? /\|\|\s*CHR\(9\)/g : /\+\s*CHAR\(9\)/g;
  return [...statement.matchAll(pattern)].length;
}

describe('sql-scripts/ lint', () => {
  it.each(scripts.map((s) => [s.path, s] as const))(
    '%s starts with a comment saying what it measures',
    (_p, s) => {
      expect(readFileSync(s.path, 'utf8')).toMatch(/^-- \S/);
    },
  );

  it.each(scripts.map((s) => [s.path, s] as const))('%s only reads (no DML, DDL or grants)', (_p, s) => {
    const sql = code(readFileSync(s.path, 'utf8')).toUpperCase();
    expect(sql).not.toMatch(
      /\b(INSERT|UPDATE|DELETE|MERGE|DROP|ALTER|CREATE|GRANT|REVOKE|TRUNCATE|EXEC|CALL|KILL)\b/,
    );
  });

  it.each(scripts.map((s) => [s.path, s] as const))('%s has balanced quotes and parentheses', (_p, s) => {
    const raw = readFileSync(s.path, 'utf8').replace(/--[^\n]*/g, '');
    expect((raw.match(/'/g) ?? []).length % 2).toBe(0);
    const text = code(raw);
    let depth = 0;
    for (const char of text) {
      depth += char === '(' ? 1 : char === ')' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it.each(scripts.filter((s) => s.check !== 'session').map((s) => [s.path, s] as const))(
    '%s returns the columns the skill reads',
    (_p, s) => {
      const sql = readFileSync(s.path, 'utf8');
      const columns =
        s.engine === 'oracle' || s.engine === 'sqlserver'
          ? headerColumns(sql)
          : [...code(sql).matchAll(/\bAS\s+([a-z_]+)/gi)].map((m) => m[1]!.toLowerCase());
      // MySQL's SHOW GLOBAL VARIABLES names its own columns (Variable_name, Value).
      const shown = /SHOW GLOBAL VARIABLES/i.test(sql) ? ['variable_name', 'value'] : columns;
      for (const column of REQUIRED_COLUMNS[s.check] ?? []) expect(shown).toContain(column);
    },
  );

  describe.each(['oracle', 'sqlserver'])('%s scripts', (engine) => {
    const own = scripts.filter((s) => s.engine === engine);

    it('cover every check', () => {
      expect(own.map((s) => s.check).sort()).toEqual(Object.keys(REQUIRED_COLUMNS).sort());
    });

    it.each(own.map((s) => [s.check, s] as const))(
      '%s prints a header row and rows of as many tab-separated columns',
      (_c, s) => {
        const parts = statements(readFileSync(s.path, 'utf8'));
        expect(parts).toHaveLength(2);
        const header = headerColumns(readFileSync(s.path, 'utf8'));
        expect(separators(parts[0]!, engine)).toBe(header.length - 1);
        expect(separators(parts[1]!, engine)).toBe(header.length - 1);
      },
    );

    it.each(own.map((s) => [s.check, s] as const))('%s binds only the runner-provided parameter', (_c, s) => {
      const sql = code(readFileSync(s.path, 'utf8'));
      const binds = engine === 'oracle' ? sql.match(/:[a-z_]+/gi) : sql.match(/(?<!@)@(?!@)[a-z_]+/gi);
      expect(binds ?? []).toEqual(
        s.check === 'parameter' ? [engine === 'oracle' ? ':parameter' : '@parameter'] : [],
      );
    });
  });

  it('Oracle scripts use no SQL*Plus substitution (&) and no lone slash', () => {
    for (const s of scripts.filter((x) => x.engine === 'oracle')) {
      const sql = readFileSync(s.path, 'utf8');
      expect(sql).not.toContain('&');
      expect(sql).not.toMatch(/^\s*\/\s*$/m);
    }
  });

  it('SQL Server scripts leave batch separators to the runner', () => {
    for (const s of scripts.filter((x) => x.engine === 'sqlserver')) {
      expect(readFileSync(s.path, 'utf8')).not.toMatch(/^\s*GO\s*$/im);
    }
  });

  it('the runner is valid bash (and clean for shellcheck where installed)', () => {
    execFileSync('bash', ['-n', join(ROOT, 'run-check')]);
    let shellcheck = false;
    try {
      execFileSync('bash', ['-c', 'command -v shellcheck']);
      shellcheck = true;
    } catch {
      // Not installed (it is optional): bash -n above still ran.
    }
    if (shellcheck) execFileSync('shellcheck', [join(ROOT, 'run-check')]);
  });
});
