import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeAws } from './fakeAws.js';
import { AWS_CLI, awsCliAvailable, describeWhen, type RunnerArgs, runCheck } from './runCheck.js';
import { installStubClients } from './stubClient.js';

const INSTANCE = 'erp-ora-1';
const PASSWORD = 'Sup3r secret:pass\\word $(id) #x';

const AWS_WRAPPER = (real: string) => `#!/usr/bin/env bash
{ printf 'ARGV'; printf ' [%s]' "$@"; printf '\\n'; } >>"$STUB_LOG/aws.log"
exec ${real} "$@"
`;

describeWhen('sql-scripts/run-check contract', [awsCliAvailable], () => {
  const fake = new FakeAws();
  let endpoint = '';
  let root = '';
  let stubs = '';
  let logs = '';
  let scratch = '';

  function env(output: string, extra: Record<string, string> = {}): Record<string, string> {
    const outputFile = join(root, 'output.tsv');
    writeFileSync(outputFile, output);
    return {
      PATH: `${stubs}:${process.env.PATH}`,
      STUB_LOG: logs,
      STUB_OUTPUT: outputFile,
      TMPDIR: scratch,
      DBVOICE_AWS_CLI: join(stubs, 'aws-wrapper'),
      ...extra,
    };
  }

  function log(client: string): string {
    try {
      return readFileSync(join(logs, `${client}.log`), 'utf8');
    } catch {
      return '';
    }
  }

  /**
   * The argument vectors the AWS CLI wrapper and the stand-ins recorded; runCheck.processArgs.test.ts traces
   * every process the runner starts.
   */
  function allArgv(): string {
    return readdirSync(logs)
      .map((file) => readFileSync(join(logs, file), 'utf8'))
      .join('\n')
      .split('\n')
      .filter((line) => line.startsWith('ARGV'))
      .join('\n');
  }

  const base = (engine: string, extra: RunnerArgs = {}): RunnerArgs => ({
    engine,
    host: 'db.example.internal',
    port: 1521,
    user: 'dbvoice_monitor',
    database: 'ORCL',
    instance: INSTANCE,
    region: 'us-west-2',
    ...extra,
  });

  beforeAll(async () => {
    endpoint = await fake.start();
    root = mkdtempSync(join(tmpdir(), 'dbvoice-runner-'));
    stubs = join(root, 'bin');
    mkdirSync(stubs);
    installStubClients(stubs, ['mysql', 'psql', 'sqlplus', 'sqlcmd']);
    writeFileSync(join(stubs, 'aws-wrapper'), AWS_WRAPPER(AWS_CLI ?? 'aws'));
    chmodSync(join(stubs, 'aws-wrapper'), 0o755);
  });

  afterAll(async () => {
    rmSync(root, { recursive: true, force: true });
    await fake.stop();
  });

  beforeEach(() => {
    fake.reset();
    fake.state.parameters.set(`/rds/${INSTANCE}/dbpassword`, { value: PASSWORD, secure: true });
    logs = join(root, `logs-${Math.random().toString(36).slice(2)}`);
    scratch = join(root, `tmp-${Math.random().toString(36).slice(2)}`);
    mkdirSync(logs);
    mkdirSync(scratch);
  });

  describe('hands the password over without any command line', () => {
    it('MySQL and MariaDB: a 0600 option file, removed afterwards', async () => {
      const run = await runCheck(
        { ...base('mariadb', { port: 3306, database: 'hr' }), check: 'connect' },
        { endpoint, env: env('version\topen_mode\n10.11.6-MariaDB\tREAD WRITE\n') },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(log('mysql')).toContain('OPTIONFILE mode=600');
      expect(log('mysql')).toContain('password="Sup3r secret:pass\\\\word $(id) #x"');
      expect(log('mysql')).toContain('ENV MYSQL_PWD=unset');
      expect(allArgv()).not.toContain('Sup3r');
      expect(readdirSync(scratch)).toEqual([]);
    });

    it('PostgreSQL: a 0600 PGPASSFILE with : and \\ escaped, PGPASSWORD unset', async () => {
      const run = await runCheck(
        { ...base('aurora-postgresql', { port: 5432, database: 'app' }), check: 'connect' },
        { endpoint, env: env('version\topen_mode\n16.4\tREAD ONLY\n', { PGPASSWORD: 'leaked' }) },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(log('psql')).toContain('PGPASSFILE mode=600');
      expect(log('psql')).toContain('*:*:*:*:Sup3r secret\\:pass\\\\word $(id) #x');
      expect(log('psql')).toContain('PGPASSWORD=unset');
      expect(allArgv()).not.toContain('Sup3r');
      expect(run.output.rows).toEqual([{ version: '16.4', open_mode: 'READ ONLY' }]);
    });

    it('Oracle: a CONNECT line on SQL*Plus standard input', async () => {
      const run = await runCheck(
        { ...base('oracle-ee'), check: 'connect' },
        { endpoint, env: env('version\topen_mode   \n19.21.0.0.0\tREAD WRITE      \n\n') },
      );
      expect(run.code, run.stderr).toBe(0);
      const stdin = log('sqlplus').split('STDIN\n')[1] ?? '';
      expect(stdin).toContain(
        'CONNECT dbvoice_monitor/"Sup3r secret:pass\\word $(id) #x"@//db.example.internal:1521/ORCL',
      );
      expect(stdin).toContain('SET DEFINE OFF');
      expect(stdin).toMatch(/@"\/.*\/sql-scripts\/oracle\/connect\.sql"\nEXIT\n$/);
      expect(log('sqlplus')).toContain('ARGV [-L] [-S] [/nolog]');
      expect(allArgv()).not.toContain('Sup3r');
      // SQL*Plus pads lines: the values come back trimmed.
      expect(run.output.rows).toEqual([{ version: '19.21.0.0.0', open_mode: 'READ WRITE' }]);
    });

    it('SQL Server: the SQLCMDPASSWORD environment variable', async () => {
      const run = await runCheck(
        {
          ...base('sqlserver-se', { port: 1433, database: 'master' }),
          check: 'parameter',
          parameter: 'max server memory (MB)',
        },
        { endpoint, env: env('name\tvalue\nmax server memory (MB)\t2147483647\n') },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(log('sqlcmd')).toContain('SQLCMDPASSWORD=Sup3r secret:pass\\word $(id) #x');
      expect(log('sqlcmd')).toContain("DECLARE @parameter sysname = N'max server memory (MB)';");
      expect(log('sqlcmd')).toContain('[-S] [tcp:db.example.internal,1433]');
      expect(allArgv()).not.toContain('Sup3r');
      expect(run.output.rows).toEqual([{ name: 'max server memory (MB)', value: '2147483647' }]);
    });
  });

  describe('reads SQL*Plus and sqlcmd failures', () => {
    it('an Oracle listener that does not answer is unreachable, even though SQL*Plus exits 0', async () => {
      const run = await runCheck(
        { ...base('oracle-se2'), check: 'storage' },
        { endpoint, env: env('ERROR:\nORA-12541: TNS:no listener\n\nSP2-0640: Not connected\n') },
      );
      expect(run.code).toBe(5);
      expect(run.output.fields).toMatchObject({ status: 'error', reason: 'unreachable' });
      expect(run.output.fields.message).toContain('ORA-12541');
    });

    it('ORA-01017 is a refused login', async () => {
      const run = await runCheck(
        { ...base('oracle-ee-cdb'), check: 'connect' },
        { endpoint, env: env('ERROR:\nORA-01017: invalid username/password; logon denied\n') },
      );
      expect(run.code).toBe(6);
      expect(run.output.fields.reason).toBe('login-failed');
    });

    it('a SQL Server login failure is a refused login', async () => {
      const stderrFile = join(root, 'stderr.txt');
      writeFileSync(
        stderrFile,
        "Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server : Login failed for user 'dbvoice_monitor'..\n",
      );
      const run = await runCheck(
        { ...base('sqlserver-ee', { port: 1433, database: 'master' }), check: 'connect' },
        { endpoint, env: env('', { STUB_STDERR: stderrFile, STUB_EXIT: '1' }) },
      );
      expect(run.code).toBe(6);
      expect(run.output.fields.reason).toBe('login-failed');
    });
  });

  describe('refuses bad arguments before doing anything', () => {
    const cases: [string, RunnerArgs][] = [
      ['an instance name with a shell command', { instance: 'hr;touch /tmp/x' }],
      ['an instance name with a command substitution', { instance: '$(id)' }],
      ['a parameter with a quote', { check: 'parameter', parameter: "x' OR '1'='1" }],
      ['a parameter with a backtick', { check: 'parameter', parameter: 'a`id`' }],
      ['a host with a space', { host: 'db host' }],
      ['a port out of range', { port: 70000 }],
      ['an unknown check', { check: 'drop-everything' }],
      ['a topic that is not an SNS ARN', { topic: 'https://evil.example' }],
      ['a parameter check without a parameter', { check: 'parameter' }],
    ];
    for (const [what, override] of cases) {
      it(`rejects ${what}`, async () => {
        const run = await runCheck(
          { ...base('mysql'), check: 'connect', ...override },
          { endpoint, env: env('') },
        );
        expect(run.code).toBe(2);
        expect(run.output.fields).toMatchObject({ status: 'error', reason: 'usage' });
        expect(fake.calls).toEqual([]);
        expect(readdirSync(logs)).toEqual([]);
      });
    }

    it('rejects an unknown argument', async () => {
      const run = await runCheck(
        { ...base('mysql'), check: 'connect', password: 'hunter2' },
        { endpoint, env: env('') },
      );
      expect(run.code).toBe(2);
      expect(run.output.fields.message).toBe('unknown argument: --password');
    });
  });

  it('says which engines it has no checks for', async () => {
    const run = await runCheck({ ...base('db2-se'), check: 'connect' }, { endpoint, env: env('') });
    expect(run.code).toBe(7);
    expect(run.output.fields).toMatchObject({ reason: 'unsupported', status: 'error' });
    expect(fake.calls).toEqual([]);
  });

  it('says no-credentials when neither the password nor a secret name is stored', async () => {
    fake.reset();
    const run = await runCheck(
      { ...base('mysql', { port: 3306 }), check: 'connect' },
      { endpoint, env: env('') },
    );
    expect(run.code).toBe(3);
    expect(run.output.fields).toMatchObject({ status: 'error', reason: 'no-credentials' });
    expect(run.output.fields.message).toContain(`/rds/${INSTANCE}/dbpassword`);
    expect(fake.calls.map((c) => c.input.Name)).toEqual([
      `/rds/${INSTANCE}/dbpassword`,
      `/rds/${INSTANCE}/secret-name`,
    ]);
    expect(log('mysql')).toBe('');
  });

  it('reads the password under another prefix when told', async () => {
    fake.reset();
    fake.state.parameters.set(`/dbvoice/prod/${INSTANCE}/dbpassword`, { value: PASSWORD, secure: true });
    const run = await runCheck(
      { ...base('mysql', { port: 3306 }), check: 'connect', prefix: '/dbvoice/prod' },
      { endpoint, env: env('version\n8.0.39\n') },
    );
    expect(run.code, run.stderr).toBe(0);
  });

  it('says client-missing, without fetching the password, when the bastion lacks the client', async () => {
    const run = await runCheck(
      { ...base('oracle-ee'), check: 'connect' },
      { endpoint, env: { ...env(''), PATH: '/usr/bin:/bin', ORACLE_HOME: '/nonexistent' } },
    );
    expect(run.code).toBe(4);
    expect(run.output.fields.reason).toBe('client-missing');
    expect(fake.calls).toEqual([]);
  });

  it('publishes only once the check took longer than --notify-after', async () => {
    const run = await runCheck(
      {
        ...base('postgres', { port: 5432, database: 'app' }),
        check: 'connect',
        topic: 'arn:aws:sns:us-west-2:123456789012:dbvoice-notifications',
        'notify-after': 300,
      },
      { endpoint, env: env('version\n16.4\n') },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.output.fields.notified).toBe('no');
    expect(fake.calls.filter((c) => c.action === 'Publish')).toEqual([]);
  });
});
