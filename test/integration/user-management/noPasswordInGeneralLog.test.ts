import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRoot, createThrowawayDatabase, describeDb, uniqueSuffix } from '../../helpers/mariadb.js';
import {
  createThrowawayPgDatabase,
  describePg,
  findPgServerLog,
  pgLiteral,
  postgres,
  psql,
} from '../../helpers/postgres.js';
import { createHarness, type Harness, MASTER_SECRET_NAME } from './support/harness.js';

/**
 * Every action runs, on its happy path and its undo paths, with the server logging every statement it
 * receives, and the log holds neither a password dbvoice generated nor the master password: the server
 * only ever gets hashes (MariaDB: mysql_native_password, PostgreSQL: SCRAM-SHA-256 verifiers).
 * MariaDB's general query log is read as a table; PostgreSQL's log_statement = 'all' is read from its log
 * file. Each server's settings are put back afterwards.
 */
interface ServerLog {
  readonly name: string;
  readonly describe: (name: string, suite: () => void) => void;
  /** A non-root master with a password, a throwaway database, and the statement log switched on. */
  setUp(
    suffix: string,
    master: { user: string; password: string },
  ): Promise<{
    readonly database: string;
    readonly masterSecret: Record<string, unknown>;
  }>;
  read(): Promise<string>;
  tearDown(): Promise<void>;
  /** The statement whose run-then-lost reply sends reset_password down its undo path. */
  readonly alterPassword: RegExp;
  /** What the account's creation and reset look like in the log: hashes only. */
  readonly hashedForms: (username: string) => RegExp[];
}

function mariadbLog(): ServerLog {
  let db: Awaited<ReturnType<typeof createThrowawayDatabase>> | undefined;
  let before: { general_log: number; log_output: string } | undefined;
  let since = '';
  let dropUsers: [string, string][] = [];
  return {
    name: 'MariaDB general query log',
    describe: describeDb,
    async setUp(_suffix, master) {
      db = await createThrowawayDatabase('dbv_glog');
      await asRoot(async (c) => {
        await c.query('CREATE USER ?@? IDENTIFIED BY ?', [master.user, '%', master.password]);
        await c.query('GRANT ALL PRIVILEGES ON *.* TO ?@? WITH GRANT OPTION', [master.user, '%']);
        const [rows] = await c.query(
          'SELECT @@GLOBAL.general_log AS general_log, @@GLOBAL.log_output AS log_output',
        );
        before = (rows as { general_log: number; log_output: string }[])[0];
        // TABLE added to whatever the server writes already, so the log can be read back with SQL.
        const outputs = new Set(
          String(before?.log_output ?? 'FILE')
            .split(',')
            .filter((o) => o !== 'NONE'),
        );
        outputs.add('TABLE');
        await c.query(`SET GLOBAL log_output = '${[...outputs].join(',')}'`);
        const [now] = await c.query('SELECT NOW(6) AS now');
        since = String((now as { now: string }[])[0]?.now);
        await c.query('SET GLOBAL general_log = 1');
      });
      dropUsers = [[master.user, '%']];
      return {
        database: db.name,
        masterSecret: {
          engine: 'mariadb',
          host: '127.0.0.1',
          port: 3306,
          username: master.user,
          password: master.password,
        },
      };
    },
    read: () =>
      asRoot(async (c) => {
        const [rows] = await c.query(
          "SELECT CONVERT(argument USING utf8mb4) AS text FROM mysql.general_log WHERE event_time >= ? AND command_type = 'Query'",
          [since],
        );
        return (rows as { text: string }[]).map((row) => row.text).join('\n');
      }),
    async tearDown() {
      await asRoot(async (c) => {
        if (before) {
          await c.query(`SET GLOBAL general_log = ${Number(before.general_log) ? 1 : 0}`);
          await c.query(`SET GLOBAL log_output = '${before.log_output}'`);
        }
      });
      await db?.drop(dropUsers);
    },
    alterPassword: /^ALTER USER \?@\? IDENTIFIED VIA/,
    hashedForms: (username) => [
      new RegExp(`CREATE USER '${username}'@'%' IDENTIFIED BY PASSWORD '\\*[0-9A-F]{40}'`),
      /IDENTIFIED VIA mysql_native_password USING '\*[0-9A-F]{40}' OR mysql_native_password USING/,
    ],
  };
}

/** Found once when the file loads: whether the server's log can be read here at all. */
const pgLog = await findPgServerLog();

function postgresLog(): ServerLog {
  let db: Awaited<ReturnType<typeof createThrowawayPgDatabase>> | undefined;
  let masterRole = '';
  let username = '';
  let path = '';
  let offset = 0;
  /** log_statement as postgresql.auto.conf held it before (undefined: not set there). */
  let autoConf: string | undefined;
  const setLogStatement = async (value: string | undefined) => {
    // ALTER SYSTEM cannot run in a transaction block, so each statement is its own psql call.
    await psql(
      value === undefined
        ? 'ALTER SYSTEM RESET log_statement'
        : `ALTER SYSTEM SET log_statement = ${pgLiteral(value)}`,
    );
    await psql('SELECT pg_reload_conf()');
    const wanted = value ?? (await psql("SELECT boot_val FROM pg_settings WHERE name = 'log_statement'"));
    for (let i = 0; i < 50 && (await psql('SHOW log_statement')) !== wanted; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return {
    name: 'PostgreSQL server log with log_statement = all',
    describe: (name, suite) => {
      // No server at all is describePg's to report; a server whose log cannot be read, ours.
      if ('path' in pgLog || !postgres.ok) return describePg(name, suite);
      const why = `cannot read the PostgreSQL server log: ${pgLog.reason}`;
      if (process.env.CI === 'true') {
        describe(name, () => {
          it('needs the PostgreSQL server log', () => {
            throw new Error(why);
          });
        });
        return;
      }
      console.warn(`skipping "${name}": ${why}`);
      describe.skip(`${name} [skipped: ${why}]`, suite);
    },
    async setUp(suffix, master) {
      if (!('path' in pgLog)) throw new Error('no server log');
      path = pgLog.path;
      masterRole = master.user;
      username = `gl_${suffix}`;
      // Before the log is switched on: this statement carries the master password in clear.
      await psql(`CREATE ROLE ${master.user} LOGIN CREATEROLE PASSWORD ${pgLiteral(master.password)}`);
      db = await createThrowawayPgDatabase('dbv_glog');
      await psql(`ALTER DATABASE ${db.name} OWNER TO ${master.user}`);
      autoConf =
        (await psql(
          "SELECT setting FROM pg_file_settings WHERE name = 'log_statement' AND sourcefile LIKE '%postgresql.auto.conf' ORDER BY seqno DESC LIMIT 1",
        )) || undefined;
      offset = Number(await psql(`SELECT (pg_stat_file(${pgLiteral(path)})).size`));
      await setLogStatement('all');
      return {
        database: db.name,
        masterSecret: {
          engine: 'postgres',
          host: '127.0.0.1',
          port: 5432,
          username: master.user,
          password: master.password,
        },
      };
    },
    async read() {
      const size = Number(await psql(`SELECT (pg_stat_file(${pgLiteral(path)})).size`));
      return psql(`SELECT pg_read_file(${pgLiteral(path)}, ${offset}, ${Math.max(0, size - offset)})`);
    },
    async tearDown() {
      await setLogStatement(autoConf);
      const name = db?.name;
      await db?.drop();
      for (const role of [username, `dbvoice_${name}_readonly`, `dbvoice_${name}_readwrite`, masterRole]) {
        if (role) await psql(`DROP ROLE IF EXISTS "${role}"`);
      }
    },
    alterPassword: /^ALTER ROLE /,
    hashedForms: (user) => [
      new RegExp(
        `CREATE ROLE "${user}" WITH LOGIN PASSWORD 'SCRAM-SHA-256\\$4096:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+'`,
      ),
      new RegExp(`ALTER ROLE "${user}" WITH PASSWORD 'SCRAM-SHA-256\\$`),
    ],
  };
}

for (const server of [mariadbLog(), postgresLog()]) {
  server.describe(`Handler: no password reaches the database server’s statement log (${server.name})`, () => {
    const suffix = uniqueSuffix();
    const master = { user: `gm_${suffix}`, password: `Master-${suffix}-gl.Secret_2` };
    const username = `gl_${suffix}`;
    let database = '';
    let h: Harness;

    beforeAll(async () => {
      const setUp = await server.setUp(suffix, master);
      database = setUp.database;
      h = await createHarness({ master: setUp.masterSecret });
    });
    afterAll(async () => {
      await server.tearDown();
    });

    const run = (event: Record<string, unknown>) =>
      h
        .handler({ db_name: database, rds_secret_name: MASTER_SECRET_NAME, username, ...event })
        .catch(() => undefined);

    it('holds no generated or master password after every action, its failures and its undo steps', async () => {
      // Act
      await run({ action: 'create_user', role: 'readonly' });
      await run({ action: 'update_grant', role: 'readwrite' });
      await run({ action: 'reset_password' });
      h.recorder.failLogin(username);
      await run({ action: 'reset_password' });
      await h.secrets.fail('UpdateSecretVersionStage', { input: { VersionStage: 'AWSCURRENT' } });
      await run({ action: 'reset_password' });
      h.recorder.failStatement(server.alterPassword, { afterRun: true });
      await run({ action: 'reset_password' });
      await run({ action: 'list_users', username: undefined });
      await run({ action: 'delete_user' });
      const log = await server.read();

      // Assess: the statements are in the log, as hashes only
      for (const form of server.hashedForms(username)) expect(log).toMatch(form);
      expect(h.passwords.length).toBeGreaterThanOrEqual(5);
      for (const secret of [...h.passwords, master.password]) expect(log).not.toContain(secret);
    });
  });
}
