import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createThrowawayPgDatabase,
  pgSuffix,
  pidOf,
  postgres,
  psql,
  startPgSession,
} from '../../helpers/postgres.js';
import { FakeAws } from './fakeAws.js';
import { awsCliAvailable, describeWhen, type RunnerArgs, runCheck } from './runCheck.js';

const INSTANCE = 'reporting-pg-1';
const PASSWORD = 'pg:pass\\word "quoted" $(id)';

function hasPsql(): boolean {
  try {
    execFileSync('bash', ['-c', 'command -v psql']);
    return true;
  } catch {
    return false;
  }
}

describeWhen(
  'sql-scripts/run-check against PostgreSQL',
  [
    {
      ok: postgres.ok,
      reason: `PostgreSQL unreachable at 127.0.0.1:5432${postgres.ok ? '' : ` (${postgres.reason})`}`,
    },
    awsCliAvailable,
    { ok: hasPsql(), reason: 'no psql client (apt-get install postgresql-client)' },
  ],
  () => {
    const fake = new FakeAws();
    const role = `dbv_rc_${pgSuffix()}`;
    let endpoint = '';
    let database: Awaited<ReturnType<typeof createThrowawayPgDatabase>>;
    let args: RunnerArgs;

    beforeAll(async () => {
      endpoint = await fake.start();
      database = await createThrowawayPgDatabase('dbvoice_rc');
      // What the README asks of dbvoice_monitor on PostgreSQL: pg_monitor sees every session and size.
      await psql(`CREATE ROLE ${role} LOGIN PASSWORD '${PASSWORD.replace(/'/g, "''")}' IN ROLE pg_monitor`);
      await psql(
        "CREATE TABLE known_size AS SELECT g AS id, repeat('x', 200) AS pad FROM generate_series(1, 20000) g",
        database.name,
      );
      args = {
        engine: 'postgres',
        host: '127.0.0.1',
        port: 5432,
        user: role,
        database: database.name,
        instance: INSTANCE,
        region: 'eu-central-1',
      };
    });

    afterAll(async () => {
      await database?.drop();
      await psql(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
      await fake.stop();
    });

    beforeEach(() => {
      fake.reset();
      fake.state.parameters.set(`/rds/${INSTANCE}/dbpassword`, { value: PASSWORD, secure: true });
    });

    it('connects as the monitoring role and reports version and open mode', async () => {
      // Act
      const run = await runCheck({ ...args, check: 'connect' }, { endpoint });
      // Assess
      expect(run.code, run.stderr).toBe(0);
      expect(run.output.fields).toMatchObject({ status: 'ok', rows: '1', family: 'postgres' });
      expect(run.output.rows[0]).toMatchObject({
        version: await psql('SHOW server_version'),
        open_mode: 'READ WRITE',
        database_name: database.name,
        login: role,
      });
      expect(fake.calls).toEqual([
        {
          service: 'ssm',
          action: 'GetParameter',
          region: 'eu-central-1',
          input: { Name: `/rds/${INSTANCE}/dbpassword`, WithDecryption: true },
        },
      ]);
    });

    it('measures every database with pg_database_size, biggest first', async () => {
      // Act
      const run = await runCheck({ ...args, check: 'storage' }, { endpoint });
      // Assess
      expect(run.code, run.stderr).toBe(0);
      const row = run.output.rows.find((r) => r.name === database.name);
      const expected = Number(await psql(`SELECT pg_database_size('${database.name}')`));
      expect(row).toMatchObject({ kind: 'database', size_bytes: '', pct: '' });
      // A table of 20,000 rows of 200 characters: the database is at least 4 MB over an empty one.
      expect(Math.abs(Number(row?.used_bytes) - expected)).toBeLessThan(1_000_000);
      const empty = Number(await psql("SELECT pg_database_size('template1')"));
      expect(Number(row?.used_bytes) - empty).toBeGreaterThan(4_000_000);
      const sizes = run.output.rows.map((r) => Number(r.used_bytes));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    });

    describe('with a session burning CPU inside a transaction', () => {
      const application = `dbvoice_cpu_${pgSuffix()}`;
      let busy: ReturnType<typeof startPgSession>;
      let pid = 0;
      beforeAll(async () => {
        busy = startPgSession(
          "SET statement_timeout = '60s'; SELECT count(*) FROM generate_series(1, 100000000000) g WHERE g % 7 = 3",
          database.name,
          application,
        );
        pid = await pidOf(application);
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
      afterAll(() => busy.stop());

      it('top-cpu names it as the longest-running active statement', async () => {
        // Act
        const run = await runCheck({ ...args, check: 'top-cpu' }, { endpoint });
        // Assess
        expect(run.code, run.stderr).toBe(0);
        const top = run.output.rows.find((r) => r.session_id === String(pid));
        expect(top).toMatchObject({
          username: 'postgres',
          metric: 'active_seconds',
          database_name: database.name,
        });
        expect(top?.sql_text).toContain('generate_series');
        expect(Number(top?.value)).toBeGreaterThan(0.3);
        expect(run.output.rows.some((r) => r.username === role)).toBe(false);
      });

      it('top-dbtime ranks it by its transaction time', async () => {
        const run = await runCheck({ ...args, check: 'top-dbtime' }, { endpoint });
        expect(run.code, run.stderr).toBe(0);
        const top = run.output.rows.find((r) => r.session_id === String(pid));
        expect(top).toMatchObject({ metric: 'transaction_seconds', state: 'active' });
      });
    });

    it('says memory per session is not something PostgreSQL can tell', async () => {
      const run = await runCheck({ ...args, check: 'top-memory' }, { endpoint });
      expect(run.code).toBe(7);
      expect(run.output.fields).toMatchObject({ status: 'error', reason: 'unsupported' });
      // Decided before any password is fetched.
      expect(fake.calls).toEqual([]);
    });

    it('reads one setting as SHOW prints it, and nothing for an unknown one', async () => {
      // Act
      const known = await runCheck(
        { ...args, check: 'parameter', parameter: 'shared_buffers' },
        { endpoint },
      );
      const unknown = await runCheck(
        { ...args, check: 'parameter', parameter: 'innodb_buffer_pool_size' },
        { endpoint },
      );
      // Assess
      expect(known.code, known.stderr).toBe(0);
      expect(known.output.rows).toEqual([
        expect.objectContaining({
          name: 'shared_buffers',
          value: await psql('SHOW shared_buffers'),
          unit: '8kB',
        }),
      ]);
      expect(unknown.code, unknown.stderr).toBe(0);
      expect(unknown.output.fields.rows).toBe('0');
    });

    it('says database-missing for a database that does not exist', async () => {
      const run = await runCheck({ ...args, database: 'no_such_database', check: 'connect' }, { endpoint });
      expect(run.code).toBe(6);
      expect(run.output.fields).toMatchObject({ reason: 'database-missing', database: 'no_such_database' });
    });

    it('says login-failed for a role that does not exist', async () => {
      const run = await runCheck({ ...args, user: 'no_such_role', check: 'connect' }, { endpoint });
      expect(run.code).toBe(6);
      expect(run.output.fields.reason).toBe('login-failed');
    });

    it('says unreachable when nothing listens on the port', async () => {
      const run = await runCheck({ ...args, port: 1, check: 'connect' }, { endpoint });
      expect(run.code).toBe(5);
      expect(run.output.fields.reason).toBe('unreachable');
    });
  },
);
