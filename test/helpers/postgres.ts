/**
 * The PostgreSQL server integration tests use: 127.0.0.1:5432 with trust authentication (users postgres
 * and root), started by .ci/services.sh. The project has no PostgreSQL driver, so this talks through psql,
 * the client the bastion runner uses too. Suites wrap themselves in describePg: skipped with the reason on a
 * laptop without the server, failing in CI (CI=true).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';

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
