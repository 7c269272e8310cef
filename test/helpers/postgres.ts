/**
 * The PostgreSQL server integration tests use: 127.0.0.1:5432 with trust authentication (users postgres
 * and root), started by .ci/services.sh. This talks through psql, the client the bastion runner uses too,
 * so the tests never judge the product's driver with itself. Suites wrap themselves in describePg: skipped with the reason on a
 * laptop without the server, failing in CI (CI=true).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ROLES } from '../../src/user-management/event.js';
import { groupRoleName } from '../../src/user-management/postgresPrivileges.js';
import { parseScramVerifier, scramKeys } from '../../src/user-management/scramVerifier.js';

const run = promisify(execFile);

export const POSTGRES = {
  host: process.env.POSTGRES_HOST ?? '127.0.0.1',
  port: Number(process.env.POSTGRES_PORT ?? 5432),
  user: process.env.POSTGRES_USER ?? 'postgres',
} as const;

export type PgAvailability =
  | { readonly ok: true; readonly version: string }
  | { readonly ok: false; readonly reason: string };

function psqlArgs(database: string): string[] {
  return [
    '-X',
    '-q',
    '-A',
    '-t',
    '-v',
    'ON_ERROR_STOP=1',
    '-h',
    POSTGRES.host,
    '-p',
    String(POSTGRES.port),
  ].concat(['-U', POSTGRES.user, '-d', database]);
}

const psqlEnv = { ...process.env, PGCONNECT_TIMEOUT: '3', PGPASSWORD: '' };

/** Runs SQL as the superuser through psql; resolves to the unaligned, header-less output. */
export async function psql(sql: string, database = 'postgres'): Promise<string> {
  const { stdout } = await run('psql', [...psqlArgs(database), '-c', sql], { env: psqlEnv, timeout: 30_000 });
  return stdout.trim();
}

async function probe(): Promise<PgAvailability> {
  try {
    return { ok: true, version: await psql('SHOW server_version') };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: text.split('\n').find((line) => line.trim() !== '') ?? text };
  }
}

/** Probed once per test file, when this module loads. */
export const postgres: PgAvailability = await probe();

/** describe() when the server answers; otherwise skipped (locally) or failing (CI=true), with the reason. */
export function describePg(name: string, suite: () => void): void {
  if (postgres.ok) {
    describe(name, suite);
    return;
  }
  const why = `PostgreSQL unreachable at ${POSTGRES.host}:${POSTGRES.port} (${postgres.reason}); start it with .ci/services.sh`;
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs PostgreSQL', () => {
        throw new Error(why);
      });
    });
    return;
  }
  console.warn(`skipping "${name}": ${why}`);
  describe.skip(`${name} [skipped: ${why}]`, suite);
}

/** A short random suffix so parallel test files never share database or role names. */
export function pgSuffix(): string {
  return randomBytes(4).toString('hex');
}

/** A throwaway database for one test file; `drop` ends its sessions and removes it. */
export async function createThrowawayPgDatabase(prefix: string): Promise<{
  readonly name: string;
  drop(): Promise<void>;
}> {
  const name = `${prefix}_${pgSuffix()}`.slice(0, 63);
  await psql(`CREATE DATABASE ${name}`);
  return {
    name,
    drop: async () => {
      await psql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
      await psql(`DROP DATABASE IF EXISTS ${name}`);
    },
  };
}

/**
 * A psql session kept busy with `sql` in the background (a query burning CPU, an open transaction...),
 * tagged with an application_name so tests can find its pid. `stop` ends it.
 */
export function startPgSession(
  sql: string,
  database: string,
  applicationName: string,
): {
  readonly process: ChildProcess;
  stop(): Promise<void>;
} {
  const child = spawn('psql', [...psqlArgs(database), '-c', sql], {
    env: { ...psqlEnv, PGAPPNAME: applicationName },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    stop: async () => {
      await psql(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '${applicationName}'`,
      );
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Waits until the tagged session shows up as active and returns its pid. */
export async function pidOf(applicationName: string, timeoutMs = 10_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const pid = await psql(
      `SELECT pid FROM pg_stat_activity WHERE application_name = '${applicationName}' AND state = 'active'`,
    );
    if (pid) return Number(pid);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no active session named ${applicationName} after ${timeoutMs} ms`);
}

/** A literal for SQL built by tests (test names only; the product escapes with pg). */
export function pgLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export async function pgRoleExists(role: string): Promise<boolean> {
  return (await psql(`SELECT 1 FROM pg_roles WHERE rolname = ${pgLiteral(role)}`)) === '1';
}

/**
 * True when the role's stored SCRAM-SHA-256 verifier was made from `password`. The local server trusts
 * every login (pg_hba.conf trust, which CI cannot safely change), so a login proves nothing about the
 * password; instead the salt and iteration count are read from pg_authid (as superuser) and StoredKey and
 * ServerKey are derived from the password as a client's SCRAM exchange would (RFC 5802). Equal keys mean
 * the server would accept this password and no other (bar a SHA-256 collision).
 */
export async function pgPasswordMatches(role: string, password: string | undefined): Promise<boolean> {
  if (password === undefined) return false;
  const stored = await psql(`SELECT rolpassword FROM pg_authid WHERE rolname = ${pgLiteral(role)}`);
  const verifier = parseScramVerifier(stored);
  if (!verifier) return false;
  const derived = scramKeys(password, verifier.salt, verifier.iterations);
  return derived.storedKey.equals(verifier.storedKey) && derived.serverKey.equals(verifier.serverKey);
}

/** The dbvoice group roles (readonly, readwrite, admin) the role is a member of on `database`. */
export async function pgMemberships(role: string, database: string): Promise<string[]> {
  const out = await psql(
    `SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ${pgLiteral(role)} ORDER BY 1`,
  );
  const groups = new Set(out.split('\n').filter((line) => line !== ''));
  return ROLES.filter((name) => groups.has(groupRoleName(database, name)));
}

/** 'readonly' / 'readwrite' / 'admin' when the role is in exactly that group, 'none' or 'custom' otherwise. */
export async function pgRoleOf(role: string, database: string): Promise<string> {
  const held = await pgMemberships(role, database);
  return held.length === 0 ? 'none' : held.length === 1 ? (held[0] as string) : 'custom';
}

/** One suite's throwaway database and the roles it hands out (the same shape as MariaDB's). */
export interface PgSuiteDatabase {
  readonly name: string;
  newUser(letter: string): string;
}

/**
 * Registers beforeAll/afterAll: a throwaway database (owned by `owner` when given), dropped afterwards
 * with every role handed out by newUser and the dbvoice group roles made for it.
 */
export function useThrowawayPgDatabase(prefix: string, owner?: () => string): PgSuiteDatabase {
  const suffix = pgSuffix();
  const roles: string[] = [];
  let db: Awaited<ReturnType<typeof createThrowawayPgDatabase>> | undefined;
  beforeAll(async () => {
    db = await createThrowawayPgDatabase(prefix);
    if (owner) await psql(`ALTER DATABASE ${db.name} OWNER TO ${owner()}`);
  });
  afterAll(async () => {
    if (!db) return;
    const name = db.name;
    await db.drop();
    // The database (and every grant and default privilege in it) is gone; the cluster-wide roles remain.
    // One statement for all: a fault suite hands out hundreds of roles.
    const all = [...roles, ...ROLES.map((r) => groupRoleName(name, r))];
    await psql(`DROP ROLE IF EXISTS ${all.map((role) => `"${role}"`).join(', ')}`);
  });
  return {
    get name() {
      if (!db) throw new Error('useThrowawayPgDatabase: the database exists only from beforeAll on');
      return db.name;
    },
    newUser(letter) {
      const user = `${letter}${roles.length}_${suffix}`;
      roles.push(user);
      return user;
    },
  };
}

/**
 * The file the server writes its log to, readable with pg_read_file as superuser: pg_current_logfile()
 * when the logging collector runs, else the file Debian's pg_ctlcluster sends stderr to
 * (/var/log/postgresql/postgresql-<cluster>.log, as on this machine and in CI). The reason when neither works.
 */
export async function findPgServerLog(): Promise<{ readonly path: string } | { readonly reason: string }> {
  if (!postgres.ok) return { reason: postgres.reason };
  const candidates: string[] = [];
  const current = await psql('SELECT pg_current_logfile()').catch(() => '');
  if (current) candidates.push(current);
  const cluster = await psql('SHOW cluster_name').catch(() => '');
  if (cluster) candidates.push(`/var/log/postgresql/postgresql-${cluster.replace('/', '-')}.log`);
  for (const path of candidates) {
    const size = await psql(`SELECT (pg_stat_file(${pgLiteral(path)})).size`).catch(() => '');
    if (size !== '') return { path };
  }
  return {
    reason: `no readable server log (tried ${candidates.join(', ') || 'pg_current_logfile() and cluster_name'})`,
  };
}
