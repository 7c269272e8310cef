/**
 * The servers the user-management suites run against, behind one shape, so a suite is written once and
 * run per engine: the local MariaDB and the local PostgreSQL. Each says how to reach it (the master
 * secret), how to set up a throwaway database, and how to read the truth back independently of the
 * product's own queries.
 */
import {
  accountExists,
  asRoot,
  describeDb,
  loginAs,
  showGrants,
  useThrowawayDatabase,
} from '../../../helpers/mariadb.js';
import {
  describePg,
  pgPasswordMatches,
  pgRoleExists,
  pgRoleOf,
  psql,
  useThrowawayPgDatabase,
} from '../../../helpers/postgres.js';

export interface EngineDatabase {
  readonly name: string;
  newUser(letter: string): string;
}

export interface EngineUnderTest {
  /** As it appears in test names. */
  readonly name: 'MariaDB' | 'PostgreSQL';
  /** describe() when the server answers; skipped (locally) or failing (CI=true) otherwise. */
  describe(name: string, suite: () => void): void;
  /** The master secret's JSON. */
  readonly master: Record<string, unknown>;
  /** The master login's user name, as the recorder sees it. */
  readonly masterUser: string;
  useThrowawayDatabase(prefix: string): EngineDatabase;
  accountExists(username: string): Promise<boolean>;
  /** The dbvoice role the account holds on the database, read as the server reports it. */
  roleOf(username: string, database: string): Promise<string>;
  /** True when the server would let the account in with this password (see each engine for how). */
  passwordWorks(username: string, password: string | undefined): Promise<boolean>;
  /** Accounts and databases with any of these names (for "nothing was created"). */
  traces(names: readonly string[]): Promise<string[]>;
}

const mariadbRoleOf = async (username: string): Promise<string> => {
  const lines = (await showGrants(username, '%').catch(() => [])).join('\n');
  if (/GRANT ALL PRIVILEGES ON/.test(lines)) return 'admin';
  if (/GRANT SELECT, INSERT, UPDATE, DELETE ON/.test(lines)) return 'readwrite';
  if (/GRANT SELECT ON/.test(lines)) return 'readonly';
  return 'none';
};

const MARIADB_ENGINE: EngineUnderTest = {
  name: 'MariaDB',
  describe: describeDb,
  master: { engine: 'mariadb', host: '127.0.0.1', port: 3306, username: 'root', password: '' },
  masterUser: 'root',
  useThrowawayDatabase: (prefix) => useThrowawayDatabase(prefix),
  accountExists: (username) => accountExists(username, '%'),
  roleOf: (username) => mariadbRoleOf(username),
  // MariaDB checks passwords for real: a login is the proof.
  passwordWorks: (username, password) =>
    password === undefined
      ? Promise.resolve(false)
      : loginAs(username, password).then(
          () => true,
          () => false,
        ),
  traces: (names) =>
    asRoot(async (c) => {
      const [accounts] = await c.query('SELECT User AS name FROM mysql.user WHERE User IN (?)', [names]);
      const [databases] = await c.query(
        'SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (?)',
        [names],
      );
      return [...(accounts as { name: string }[]), ...(databases as { name: string }[])].map((r) => r.name);
    }),
};

const POSTGRES_ENGINE: EngineUnderTest = {
  name: 'PostgreSQL',
  describe: describePg,
  master: { engine: 'postgres', host: '127.0.0.1', port: 5432, username: 'postgres', password: '' },
  masterUser: 'postgres',
  useThrowawayDatabase: (prefix) => useThrowawayPgDatabase(prefix),
  accountExists: (username) => pgRoleExists(username),
  roleOf: (username, database) => pgRoleOf(username, database),
  // The local server trusts every login, so the stored SCRAM verifier is checked against the password.
  passwordWorks: (username, password) => pgPasswordMatches(username, password),
  traces: async (names) => {
    // A NUL cannot travel in a psql argument, nor be part of a PostgreSQL name.
    const list = names
      .filter((n) => !n.includes('\0'))
      .map((n) => `'${n.replace(/'/g, "''")}'`)
      .join(', ');
    const out = await psql(
      `SELECT rolname FROM pg_roles WHERE rolname IN (${list}) UNION ALL SELECT datname FROM pg_database WHERE datname IN (${list})`,
    );
    return out.split('\n').filter((line) => line !== '');
  },
};

export const ENGINES: readonly EngineUnderTest[] = [MARIADB_ENGINE, POSTGRES_ENGINE];
