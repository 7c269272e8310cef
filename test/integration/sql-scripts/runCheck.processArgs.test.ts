import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { asRoot, mariadb, uniqueSuffix } from '../../helpers/mariadb.js';
import { postgres } from '../../helpers/postgres.js';
import { FakeAws } from './fakeAws.js';
import { awsCliAvailable, describeWhen, type RunnerArgs, type RunResult, runCheck } from './runCheck.js';
import { installStubClients } from './stubClient.js';

/**
 * No process the runner starts has the password in its arguments (/proc/<pid>/cmdline is readable by every
 * user of the bastion), and the runner never prints it (Run Command output goes to CloudWatch Logs). strace
 * sees every execve of the run, however short-lived: `env SQLCMDPASSWORD=... timeout ...` shows its argument
 * for microseconds before env becomes timeout, which no /proc poll would catch. Without -v strace prints an
 * environment as a count: SQLCMDPASSWORD, the one channel sqlcmd has besides -P, is in sqlcmd's by design.
 */
const INSTANCE = 'argv-db-1';
// The characters a shell, an option file or .pgpass could trip on, between two markers strace prints as they
// are (it escapes quotes and backslashes): either marker anywhere means the password leaked.
const MARKERS = ['canaryK9', 'Z7canary'] as const;
const PASSWORD = `${MARKERS[0]} p@ss:w0rd\\x'y;$(id) #${MARKERS[1]}`;
const TOPIC = 'arn:aws:sns:us-west-2:123456789012:dbvoice-notifications';

function straceWorks(): boolean {
  try {
    execFileSync('strace', ['-f', '--seccomp-bpf', '-qq', '-e', 'trace=execve', '-o', '/dev/null', 'true']);
    return true;
  } catch {
    return false;
  }
}

function installed(command: string): boolean {
  try {
    execFileSync('bash', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

const straceAvailable = {
  ok: straceWorks(),
  reason: 'strace is missing or cannot trace here (apt-get install strace; .ci/services.sh does it in CI)',
};

interface TracedRun {
  readonly run: RunResult;
  /** Every execve/execveat of the run and its descendants, as strace printed it. */
  readonly trace: string;
}

/** The fake AWS endpoint holding the password, a scratch folder, and the runner under strace. */
function useTracedRunner() {
  const fake = new FakeAws();
  const state = { endpoint: '', root: '', runs: 0 };

  beforeAll(async () => {
    state.endpoint = await fake.start();
    state.root = mkdtempSync(join(tmpdir(), 'dbvoice-argv-'));
  });
  afterAll(async () => {
    rmSync(state.root, { recursive: true, force: true });
    await fake.stop();
  });
  beforeEach(() => {
    fake.reset();
    fake.state.parameters.set(`/rds/${INSTANCE}/dbpassword`, { value: PASSWORD, secure: true });
  });

  return {
    root: () => state.root,
    calls: () => fake.calls,
    async run(args: RunnerArgs, env: Record<string, string> = {}): Promise<TracedRun> {
      state.runs += 1;
      const traceFile = join(state.root, `trace-${state.runs}.txt`);
      const run = await runCheck(
        { instance: INSTANCE, region: 'us-west-2', ...args },
        {
          endpoint: state.endpoint,
          env,
          wrapper: [
            'strace',
            ...['-f', '--seccomp-bpf', '-qq', '-e', 'trace=execve,execveat', '-e', 'signal=none'],
            ...['-s', '65536', '-o', traceFile],
          ],
        },
      );
      return { run, trace: readFileSync(traceFile, 'utf8') };
    },
  };
}

/** The programs the run executed, by the file name strace saw (failed PATH lookups excluded). */
function executed(trace: string): string[] {
  return [...trace.matchAll(/execve(?:at)?\("([^"]+)"(?!.*ENOENT).*$/gm)].map((m) => m[1]!.split('/').pop()!);
}

function expectNoPassword(traced: TracedRun, client: string): void {
  // The trace is real: it saw the runner's own children and the database client.
  expect(executed(traced.trace)).toEqual(expect.arrayContaining(['bash', 'timeout', client]));
  for (const marker of MARKERS) {
    expect(traced.trace).not.toContain(marker);
    expect(traced.run.stdout).not.toContain(marker);
    expect(traced.run.stderr).not.toContain(marker);
  }
}

describeWhen(
  'sql-scripts/run-check process arguments, with the real mysql and psql clients',
  [
    straceAvailable,
    awsCliAvailable,
    { ok: mariadb.ok, reason: 'MariaDB unreachable at 127.0.0.1:3306' },
    { ok: installed('mysql'), reason: 'no mysql client (apt-get install mariadb-client)' },
    { ok: postgres.ok, reason: 'PostgreSQL unreachable at 127.0.0.1:5432' },
    { ok: installed('psql'), reason: 'no psql client (apt-get install postgresql-client)' },
  ],
  () => {
    const runner = useTracedRunner();
    const user = `dbv_argv_${uniqueSuffix()}`;
    const mysqlArgs: RunnerArgs = {
      host: '127.0.0.1',
      port: 3306,
      user,
      database: 'information_schema',
      check: 'connect',
    };

    beforeAll(async () => {
      await asRoot((root) => root.query('CREATE USER ?@? IDENTIFIED BY ?', [user, '%', PASSWORD]));
    });
    afterAll(async () => {
      await asRoot((root) => root.query('DROP USER IF EXISTS ?@?', [user, '%']));
    });

    it('keeps the password out of every argv and the output, for mariadb', async () => {
      // Act
      const traced = await runner.run({ ...mysqlArgs, engine: 'mariadb' });
      // Assess: MariaDB accepted the password, so the client had it; no argument and no output did.
      expect(traced.run.code, traced.run.stderr).toBe(0);
      expect(traced.run.output.rows[0]?.login).toBe(`${user}@%`);
      expectNoPassword(traced, 'mysql');
    });

    it.each(['mysql', 'aurora-mysql'])(
      'keeps the password out of every argv and the output, for %s',
      async (engine) => {
        // Act
        const traced = await runner.run({ ...mysqlArgs, engine });
        // Assess: logged in (MariaDB then rejects the MySQL-only session.sql), nothing leaked.
        expect(traced.run.output.fields).toMatchObject({ status: 'error', reason: 'query-failed' });
        expect(traced.run.output.fields.message).toContain('max_execution_time');
        expectNoPassword(traced, 'mysql');
      },
    );

    it.each(['postgres', 'aurora-postgresql'])(
      'keeps the password out of every argv and the output, for %s',
      async (engine) => {
        // Act (the server here trusts 127.0.0.1: the contract test proves psql gets it in PGPASSFILE)
        const traced = await runner.run({
          engine,
          host: '127.0.0.1',
          port: 5432,
          user: 'postgres',
          database: 'postgres',
          check: 'connect',
        });
        // Assess
        expect(traced.run.code, traced.run.stderr).toBe(0);
        expect(traced.run.output.fields.status).toBe('ok');
        expectNoPassword(traced, 'psql');
      },
    );
  },
);

describeWhen(
  'sql-scripts/run-check process arguments, with stand-ins for sqlplus and sqlcmd',
  [straceAvailable, awsCliAvailable],
  () => {
    const runner = useTracedRunner();
    let stubs = '';
    let logs = '';

    /** Stand-ins first on the PATH, printing `stdout` (and `stderr`, exiting `exit`). */
    function stubEnv(stdout: string, failure?: { stderr: string; exit: number }): Record<string, string> {
      const output = join(runner.root(), 'stdout.txt');
      writeFileSync(output, stdout);
      const env: Record<string, string> = {
        PATH: `${stubs}:${process.env.PATH}`,
        STUB_LOG: logs,
        STUB_OUTPUT: output,
      };
      if (failure) {
        writeFileSync(join(runner.root(), 'stderr.txt'), failure.stderr);
        env.STUB_STDERR = join(runner.root(), 'stderr.txt');
        env.STUB_EXIT = String(failure.exit);
      }
      return env;
    }

    const stubLog = (client: string) => readFileSync(join(logs, `${client}.log`), 'utf8');
    const standIn = (engine: string, port: number): RunnerArgs => ({
      engine,
      host: 'db.example.internal',
      port,
      user: 'dbvoice_monitor',
      database: 'ORCL',
      check: 'connect',
    });

    beforeAll(() => {
      stubs = join(runner.root(), 'bin');
      mkdirSync(stubs);
      installStubClients(stubs, ['sqlplus', 'sqlcmd']);
    });
    beforeEach(() => {
      logs = mkdtempSync(join(runner.root(), 'logs-'));
    });

    it('keeps the password out of every argv and the output, for oracle', async () => {
      // Act
      const traced = await runner.run(
        standIn('oracle-ee', 1521),
        stubEnv('version\topen_mode\n19.21.0.0.0\tREAD WRITE\n'),
      );
      // Assess: SQL*Plus read it on standard input, and nothing else saw it.
      expect(traced.run.code, traced.run.stderr).toBe(0);
      expect(stubLog('sqlplus')).toContain(
        `CONNECT dbvoice_monitor/"${PASSWORD}"@//db.example.internal:1521/ORCL`,
      );
      expectNoPassword(traced, 'sqlplus');
    });

    it('keeps the password out of every argv and the output, for sqlserver', async () => {
      // Act
      const traced = await runner.run(
        standIn('sqlserver-se', 1433),
        stubEnv('version\topen_mode\n16.0.4135.4\tREAD WRITE\n'),
      );
      // Assess: sqlcmd found it in SQLCMDPASSWORD, and no process had it as an argument.
      expect(traced.run.code, traced.run.stderr).toBe(0);
      expect(stubLog('sqlcmd')).toContain(`SQLCMDPASSWORD=${PASSWORD}\n`);
      expectNoPassword(traced, 'sqlcmd');
    });

    it('does not print or e-mail the password when a client quotes it back in an error or a row', async () => {
      // Prepare: SQL*Plus quotes a line it cannot parse; a session's SQL text may hold it.
      const quoted = `SP2-0734: unknown command beginning "${PASSWORD}" - rest of line ignored.\n`;
      // Act
      const failed = await runner.run(
        { ...standIn('oracle-se2', 1521), topic: TOPIC, 'notify-after': 0 },
        stubEnv(`ERROR:\nORA-01017: invalid username/password; logon denied\n${quoted}`),
      );
      const listed = await runner.run(
        standIn('sqlserver-ee', 1433),
        stubEnv(`session_id\tsql_text\n52\tSELECT '${PASSWORD}'\n`),
      );
      // Assess: the failure and the row are still reported, with the password blanked out.
      expect(failed.run.code).toBe(6);
      expect(failed.run.output.fields.message).toContain('unknown command beginning "[password]"');
      const published = runner.calls().filter((call) => call.action === 'Publish');
      expect(published).toHaveLength(1);
      expect(String(published[0]?.input.Message)).toContain('unknown command beginning "[password]"');
      for (const marker of MARKERS) expect(JSON.stringify(published)).not.toContain(marker);
      expect(listed.run.code, listed.run.stderr).toBe(0);
      expect(listed.run.output.rows).toEqual([{ session_id: '52', sql_text: "SELECT '[password]'" }]);
      expectNoPassword(failed, 'sqlplus');
      expectNoPassword(listed, 'sqlcmd');
    });
  },
);
