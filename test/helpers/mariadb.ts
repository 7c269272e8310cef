/**
 * The MariaDB (or MySQL) server integration tests use: 127.0.0.1:3306 as root with no password, started by
 * .ci/services.sh. Suites wrap themselves in describeDb: on a laptop without the server they are skipped
 * with a message saying why; in CI (CI=true) an unreachable server fails the run instead of hiding tests.
 */
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, it } from 'vitest';

export const MARIADB = {
  host: process.env.MARIADB_HOST ?? '127.0.0.1',
  port: Number(process.env.MARIADB_PORT ?? 3306),
  user: process.env.MARIADB_USER ?? 'root',
  password: process.env.MARIADB_PASSWORD ?? '',
} as const;

/** Options for mysql2.createConnection as root; the local server has no TLS. */
export function mariadbConnectionOptions(database?: string): mysql.ConnectionOptions {
  return { ...MARIADB, connectTimeout: 2_000, ...(database === undefined ? {} : { database }) };
}

export type Availability =
  | { readonly ok: true; readonly version: string }
  | { readonly ok: false; readonly reason: string };

async function probe(): Promise<Availability> {
  try {
    const connection = await mysql.createConnection(mariadbConnectionOptions());
    try {
      const [rows] = await connection.query('SELECT VERSION() AS version');
      return { ok: true, version: String((rows as { version: string }[])[0]?.version) };
    } finally {
      await connection.end();
    }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Probed once per test file, when this module loads. */
export const mariadb: Availability = await probe();

/** describe() when the server answers; otherwise skipped (locally) or failing (CI=true), with the reason. */
export function describeDb(name: string, suite: () => void): void {
  if (mariadb.ok) {
    describe(name, suite);
    return;
  }
  const why = `MariaDB unreachable at ${MARIADB.host}:${MARIADB.port} (${mariadb.reason}); start it with .ci/services.sh`;
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs MariaDB', () => {
        throw new Error(why);
      });
    });
    return;
  }
  console.warn(`skipping "${name}": ${why}`);
  describe.skip(`${name} [skipped: ${why}]`, suite);
}

/** Runs statements as root on a short-lived connection. */
export async function asRoot<T>(
  work: (connection: mysql.Connection) => Promise<T>,
  database?: string,
): Promise<T> {
  const connection = await mysql.createConnection(mariadbConnectionOptions(database));
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

/** A short random suffix so parallel test files never share database or account names. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

/**
 * A throwaway database for one test file. `drop` removes it and any account names passed in (accounts are
 * server-wide, not per database).
 */
export async function createThrowawayDatabase(prefix: string): Promise<{
  readonly name: string;
  drop(accounts?: readonly (readonly [user: string, host: string])[]): Promise<void>;
}> {
  const name = `${prefix}_${uniqueSuffix()}`.slice(0, 64);
  await asRoot((c) => c.query('CREATE DATABASE ??', [name]));
  return {
    name,
    drop: (accounts = []) =>
      asRoot(async (c) => {
        for (const [user, host] of accounts) await c.query('DROP USER IF EXISTS ?@?', [user, host]);
        await c.query('DROP DATABASE IF EXISTS ??', [name]);
      }),
  };
}

/** Logs in as an account; resolves to CURRENT_USER() or rejects with the server's error. */
export async function loginAs(user: string, password: string, database?: string): Promise<string> {
  const connection = await mysql.createConnection({
    ...mariadbConnectionOptions(database),
    user,
    password,
  });
  try {
    const [rows] = await connection.query('SELECT CURRENT_USER() AS account');
    return String((rows as { account: string }[])[0]?.account);
  } finally {
    await connection.end();
  }
}

/** SHOW GRANTS as root, one string per line. */
export async function showGrants(user: string, host: string): Promise<string[]> {
  return asRoot(async (c) => {
    const [rows] = await c.query('SHOW GRANTS FOR ?@?', [user, host]);
    return (rows as Record<string, string>[]).map((row) => String(Object.values(row)[0]));
  });
}

export async function accountExists(user: string, host: string): Promise<boolean> {
  return asRoot(async (c) => {
    const [rows] = await c.query('SELECT 1 FROM mysql.user WHERE User = ? AND Host = ?', [user, host]);
    return (rows as unknown[]).length > 0;
  });
}

/** One suite's throwaway database and the accounts it created, as useThrowawayDatabase hands them out. */
export interface SuiteDatabase {
  /** The database's name (valid from the suite's beforeAll on). */
  readonly name: string;
  /** A fresh account name, `<letter><n>_<suffix>`, dropped with the database after the suite. */
  newUser(letter: string, host?: string): string;
}

/**
 * Registers beforeAll/afterAll for a suite: a throwaway database, dropped afterwards together with every
 * account handed out by newUser, so no run leaves anything on the shared server.
 */
export function useThrowawayDatabase(prefix: string): SuiteDatabase {
  const suffix = uniqueSuffix();
  const accounts: [string, string][] = [];
  let db: Awaited<ReturnType<typeof createThrowawayDatabase>> | undefined;
  beforeAll(async () => {
    db = await createThrowawayDatabase(prefix);
  });
  afterAll(async () => {
    await db?.drop(accounts);
  });
  return {
    get name() {
      if (!db) throw new Error('useThrowawayDatabase: the database exists only from beforeAll on');
      return db.name;
    },
    newUser(letter, host = '%') {
      const user = `${letter}${accounts.length}_${suffix}`;
      accounts.push([user, host]);
      return user;
    },
  };
}
