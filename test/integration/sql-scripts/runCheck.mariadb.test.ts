import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type mysql from 'mysql2/promise';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  asRoot,
  createThrowawayDatabase,
  mariadb,
  mariadbConnectionOptions,
  uniqueSuffix,
} from '../../helpers/mariadb.js';
import { FakeAws } from './fakeAws.js';
import { awsCliAvailable, describeWhen, type RunnerArgs, runCheck } from './runCheck.js';

const INSTANCE = 'hr-db-1';
// Every character an option file or a shell could trip on: the runner must pass it through untouched.
const PASSWORD = `p@ss "w0rd" #1 \\ x'y;$(touch /tmp/dbvoice-pwned)`;

function hasClient(): boolean {
  try {
    execFileSync('bash', ['-c', 'command -v mysql || command -v mariadb']);
    return true;
  } catch {
    return false;
  }
}

/** A root connection kept busy with `sql` until `stop` kills it. */
async function busySession(sql: string): Promise<{ threadId: number; stop(): Promise<void> }> {
  const { createConnection } = await import('mysql2/promise');
  const connection: mysql.Connection = await createConnection(mariadbConnectionOptions('test'));
  const running = connection.query(sql).catch(() => undefined);
  return {
    threadId: connection.threadId ?? -1,
    stop: async () => {
      await asRoot((root) => root.query(`KILL QUERY ${connection.threadId}`)).catch(() => undefined);
      await running;
      await connection.end().catch(() => undefined);
    },
  };
}

describeWhen(
  'sql-scripts/run-check against MariaDB',
  [
    {
      ok: mariadb.ok,
      reason: `MariaDB unreachable at 127.0.0.1:3306${mariadb.ok ? '' : ` (${mariadb.reason})`}`,
    },
    awsCliAvailable,
    { ok: hasClient(), reason: 'no mysql/mariadb client (apt-get install mariadb-client)' },
  ],
  () => {
    const fake = new FakeAws();
    const user = `dbv_rc_${uniqueSuffix()}`;
    let endpoint = '';
    let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
    let args: RunnerArgs;

    beforeAll(async () => {
      endpoint = await fake.start();
      database = await createThrowawayDatabase('dbvoice_rc');
      await asRoot(async (root) => {
        await root.query('CREATE USER ?@? IDENTIFIED BY ?', [user, '%', PASSWORD]);
        // What the README asks of dbvoice_monitor: read the data dictionary and see every session.
        await root.query('GRANT SELECT ON ??.* TO ?@?', [database.name, user, '%']);
        await root.query('GRANT PROCESS ON *.* TO ?@?', [user, '%']);
        await root.query(
          'CREATE TABLE known_size (id INT PRIMARY KEY, pad CHAR(200) NOT NULL) ENGINE=InnoDB',
        );
        await root.query("INSERT INTO known_size SELECT seq, REPEAT('x', 200) FROM seq_1_to_20000");
        await root.query('ANALYZE TABLE known_size');
      }, database.name);
      args = {
        engine: 'mariadb',
        host: '127.0.0.1',
        port: 3306,
        user,
        database: database.name,
        instance: INSTANCE,
        region: 'us-west-2',
      };
    });

    afterAll(async () => {
      await database?.drop([[user, '%']]);
      await fake.stop();
    });

    beforeEach(() => {
      fake.reset();
      fake.state.parameters.set(`/rds/${INSTANCE}/dbpassword`, { value: PASSWORD, secure: true });
    });

    it('connects with the password it fetched itself and reports version and open mode', async () => {
      // Act
      const run = await runCheck({ ...args, check: 'connect' }, { endpoint });
      // Assess
      const version = await asRoot(async (root) => {
        const [rows] = await root.query('SELECT VERSION() AS v');
        return (rows as { v: string }[])[0]!.v;
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.output.complete).toBe(true);
      expect(run.output.fields).toMatchObject({ status: 'ok', check: 'connect', rows: '1', user });
      expect(run.output.rows[0]).toMatchObject({ version, open_mode: 'READ WRITE', login: `${user}@%` });
      expect(fake.calls).toEqual([
        {
          service: 'ssm',
          action: 'GetParameter',
          region: 'us-west-2',
          input: { Name: `/rds/${INSTANCE}/dbpassword`, WithDecryption: true },
        },
      ]);
    });

    it('measures the test database as InnoDB does, biggest first', async () => {
      // Act
      const run = await runCheck({ ...args, check: 'storage' }, { endpoint });
      // Assess
      const expected = await asRoot(async (root) => {
        const [rows] = await root.query(
          'SELECT SUM(data_length + index_length) AS bytes FROM information_schema.tables WHERE table_schema = ?',
          [database.name],
        );
        return Number((rows as { bytes: string }[])[0]!.bytes);
      });
      expect(run.code, run.stderr).toBe(0);
      const row = run.output.rows.find((r) => r.name === database.name);
      expect(row).toMatchObject({ kind: 'database', tables: '1', size_bytes: '', pct: '' });
      expect(Number(row?.used_bytes)).toBe(expected);
      // 20,000 rows of 200 characters: at least 4 MB of pages.
      expect(Number(row?.used_bytes)).toBeGreaterThan(4_000_000);
      const sizes = run.output.rows.map((r) => Number(r.used_bytes));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    });

    describe('with a session burning CPU', () => {
      let busy: Awaited<ReturnType<typeof busySession>>;
      beforeAll(async () => {
        busy = await busySession("SELECT BENCHMARK(50000000000, MD5('dbvoice'))");
        // processlist TIME counts whole seconds.
        await new Promise((resolve) => setTimeout(resolve, 1_200));
      });
      afterAll(() => busy.stop());

      it('top-cpu names that session as the longest-running statement', async () => {
        // Act
        const run = await runCheck({ ...args, check: 'top-cpu' }, { endpoint });
        // Assess
        expect(run.code, run.stderr).toBe(0);
        const top = run.output.rows.find((r) => r.session_id === String(busy.threadId));
        expect(top).toMatchObject({ username: 'root', metric: 'active_seconds' });
        expect(top?.sql_text).toContain('BENCHMARK');
        expect(Number(top?.value)).toBeGreaterThanOrEqual(1);
        const values = run.output.rows.map((r) => Number(r.value));
        expect(values).toEqual([...values].sort((a, b) => b - a));
        expect(run.output.rows.every((r) => r.username !== user)).toBe(true);
      });

      it('top-dbtime ranks it by the time spent in the statement', async () => {
        const run = await runCheck({ ...args, check: 'top-dbtime' }, { endpoint });
        expect(run.code, run.stderr).toBe(0);
        expect(run.output.rows.some((r) => r.session_id === String(busy.threadId))).toBe(true);
      });
    });

    it("top-memory reads MariaDB's per-session MEMORY_USED", async () => {
      // Prepare: a grouped derived table keeps about 2 MB while the statement sleeps.
      const busy = await busySession(
        "SELECT GROUP_CONCAT(pad) IS NULL, SLEEP(20) FROM (SELECT seq, REPEAT('x', 200) pad FROM seq_1_to_100000) x GROUP BY seq DIV 1000000",
      );
      try {
        await new Promise((resolve) => setTimeout(resolve, 800));
        // Act
        const run = await runCheck({ ...args, check: 'top-memory' }, { endpoint });
        // Assess
        expect(run.code, run.stderr).toBe(0);
        const row = run.output.rows.find((r) => r.session_id === String(busy.threadId));
        expect(row).toMatchObject({ metric: 'memory_bytes', username: 'root' });
        expect(Number(row?.value)).toBeGreaterThan(1_000_000);
        const values = run.output.rows.map((r) => Number(r.value));
        expect(values).toEqual([...values].sort((a, b) => b - a));
      } finally {
        await busy.stop();
      }
    });

    it('the MySQL top-memory script (Performance Schema) runs on MariaDB too, empty while it is off', async () => {
      const sql = readFileSync('sql-scripts/mysql/top-memory.sql', 'utf8');
      const rows = await asRoot(async (root) => (await root.query(sql))[0] as unknown[]);
      expect(Array.isArray(rows)).toBe(true);
    });

    it('reads one server variable, and says nothing for an unknown one', async () => {
      // Act
      const known = await runCheck(
        { ...args, check: 'parameter', parameter: 'max_connections' },
        { endpoint },
      );
      const unknown = await runCheck(
        { ...args, check: 'parameter', parameter: 'shared_buffers' },
        { endpoint },
      );
      // Assess
      const expected = await asRoot(async (root) => {
        const [rows] = await root.query('SELECT @@GLOBAL.max_connections AS v');
        return String((rows as { v: number }[])[0]!.v);
      });
      expect(known.code, known.stderr).toBe(0);
      expect(known.output.rows).toEqual([{ variable_name: 'max_connections', value: expected }]);
      expect(unknown.code).toBe(0);
      expect(unknown.output.fields.rows).toBe('0');
      expect(unknown.output.rows).toEqual([]);
    });

    it('takes the user and password from the Secrets Manager secret named in Parameter Store', async () => {
      // Prepare
      fake.reset();
      fake.state.parameters.set(`/rds/${INSTANCE}/secret-name`, { value: `rds!${INSTANCE}` });
      fake.state.secrets.set(`rds!${INSTANCE}`, JSON.stringify({ username: user, password: PASSWORD }));
      // Act: --user is someone else; the secret's credential pair wins.
      const run = await runCheck({ ...args, user: 'dbvoice_monitor', check: 'connect' }, { endpoint });
      // Assess
      expect(run.code, run.stderr).toBe(0);
      expect(run.output.rows[0]?.login).toBe(`${user}@%`);
      expect(fake.calls.map((c) => `${c.action} ${String(c.input.Name ?? c.input.SecretId)}`)).toEqual([
        `GetParameter /rds/${INSTANCE}/dbpassword`,
        `GetParameter /rds/${INSTANCE}/secret-name`,
        `GetSecretValue rds!${INSTANCE}`,
      ]);
    });

    it('says login-failed when the stored password is wrong', async () => {
      fake.state.parameters.set(`/rds/${INSTANCE}/dbpassword`, { value: 'not-the-password', secure: true });
      const run = await runCheck({ ...args, check: 'connect' }, { endpoint });
      expect(run.code).toBe(6);
      expect(run.output.fields).toMatchObject({ status: 'error', reason: 'login-failed' });
      expect(run.output.fields.message).toContain('Access denied');
      expect(run.stdout).not.toContain('not-the-password');
    });

    it('says database-missing when the database does not exist (as root, with the empty local password)', async () => {
      // Parameter Store never holds an empty value, but the local emulator's development servers do.
      fake.state.parameters.set(`/rds/${INSTANCE}/dbpassword`, { value: '', secure: true });
      const run = await runCheck(
        { ...args, user: 'root', database: 'no_such_db', check: 'connect' },
        { endpoint },
      );
      expect(run.code).toBe(6);
      expect(run.output.fields).toMatchObject({ reason: 'database-missing', database: 'no_such_db' });
    });

    it('says unreachable when nothing listens on the port', async () => {
      const run = await runCheck({ ...args, port: 1, check: 'connect' }, { endpoint });
      expect(run.code).toBe(5);
      expect(run.output.fields).toMatchObject({ status: 'error', reason: 'unreachable' });
    });

    it('publishes the result to the SNS topic of its ARN when given --topic', async () => {
      // Act
      const run = await runCheck(
        {
          ...args,
          check: 'storage',
          topic: 'arn:aws:sns:us-east-1:123456789012:dbvoice-notifications',
          'notify-after': 0,
        },
        { endpoint },
      );
      // Assess
      expect(run.code, run.stderr).toBe(0);
      expect(run.output.fields.notified).toBe('yes');
      const publish = fake.calls.find((c) => c.action === 'Publish');
      expect(publish?.region).toBe('us-east-1');
      expect(publish?.input).toMatchObject({
        TopicArn: 'arn:aws:sns:us-east-1:123456789012:dbvoice-notifications',
        Subject: `dbvoice: storage check on ${INSTANCE}`,
      });
      expect(String(publish?.input.Message)).toContain(database.name);
      expect(String(publish?.input.Message)).toContain('DBVOICE_RESULT status=ok');
      expect(String(publish?.input.Message)).not.toContain(PASSWORD);
    });
  },
);
