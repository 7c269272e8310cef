import {
  GetCommandInvocationCommand,
  type GetCommandInvocationCommandOutput,
  SendCommandCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { demoFleetPath } from '../../../src/local/emulator/fleet/demoFleetPath.js';
import { loadFleet } from '../../../src/local/emulator/fleet/loadFleet.js';
import { parseCheckOutput } from '../../../src/skill/domain/bastion/parseCheckOutput.js';
import { clientConfig } from './support/clientConfig.js';
import { waitFor } from './support/waitFor.js';

const FAST = { invocationVisibleAfterMs: 20, commandPendingMs: 40, commandDelayMs: 150 } as const;

/** The demo fleet's bastions, by Region. */
const BASTIONS: Readonly<Record<string, string>> = {
  'us-west-2': 'i-0a1b2c3d4e5f60001',
  'us-east-1': 'i-0a1b2c3d4e5f60002',
  'eu-west-1': 'i-0a1b2c3d4e5f60003',
};

type Family = 'oracle' | 'mysql' | 'postgres' | 'sqlserver';

interface Target {
  readonly region: string;
  readonly instance: string;
  readonly engine: string;
  readonly database: string;
  readonly family: Family;
}

/** Demo instances without canned output, one per engine (family) the runner knows. */
const TARGETS: readonly Target[] = [
  { region: 'us-west-2', instance: 'stg-hr-01', engine: 'oracle-se2', database: 'HRSTG', family: 'oracle' },
  { region: 'us-east-1', instance: 'prod-sales-01', engine: 'mysql', database: 'sales', family: 'mysql' },
  { region: 'eu-west-1', instance: 'prod-shop-01', engine: 'mariadb', database: 'shop', family: 'mysql' },
  {
    region: 'us-west-2',
    instance: 'prod-blog-01',
    engine: 'aurora-mysql',
    database: 'information_schema',
    family: 'mysql',
  },
  {
    region: 'us-east-1',
    instance: 'stg-crm-01',
    engine: 'postgres',
    database: 'postgres',
    family: 'postgres',
  },
  {
    region: 'us-east-1',
    instance: 'prod-crm-01',
    engine: 'aurora-postgresql',
    database: 'postgres',
    family: 'postgres',
  },
  {
    region: 'us-east-1',
    instance: 'dev-payroll-01',
    engine: 'sqlserver-ex',
    database: 'master',
    family: 'sqlserver',
  },
];

const SESSION_COLUMNS = [
  'session_id',
  'username',
  'client',
  'database_name',
  'state',
  'value',
  'metric',
  'sql_text',
];

/** The column aliases of sql-scripts/<family>/<check>.sql, in their order. */
const COLUMNS: Readonly<Record<Family, Readonly<Record<string, readonly string[]>>>> = {
  oracle: {
    connect: ['version', 'edition', 'open_mode', 'database_name', 'database_role', 'host_name', 'login'],
    storage: ['kind', 'name', 'used_bytes', 'size_bytes', 'max_bytes', 'pct'],
    parameter: ['name', 'value', 'setting', 'is_default', 'description'],
  },
  mysql: {
    connect: ['version', 'edition', 'open_mode', 'database_name', 'host_name', 'login'],
    storage: ['kind', 'name', 'used_bytes', 'size_bytes', 'pct', 'free_bytes', 'tables'],
    parameter: ['variable_name', 'value'],
  },
  postgres: {
    connect: ['version', 'edition', 'open_mode', 'database_name', 'host_name', 'login', 'uptime'],
    storage: ['kind', 'name', 'used_bytes', 'size_bytes', 'pct'],
    parameter: ['name', 'value', 'setting', 'unit', 'source', 'context'],
  },
  sqlserver: {
    connect: ['version', 'edition', 'open_mode', 'database_name', 'host_name', 'login'],
    storage: ['kind', 'name', 'used_bytes', 'size_bytes', 'pct'],
    parameter: ['name', 'value', 'setting', 'description'],
  },
};

/** A parameter every engine has, under its own name. */
const KNOWN_PARAMETER: Readonly<Record<Family, string>> = {
  oracle: 'processes',
  mysql: 'max_connections',
  postgres: 'max_connections',
  sqlserver: 'max server memory (MB)',
};

const quote = (value: string) => (/^[\w./:@%+=,-]+$/.test(value) ? value : `'${value}'`);

function runCheck(flags: Readonly<Record<string, string | number>>): string {
  const words = Object.entries(flags).flatMap(([flag, value]) => [`--${flag}`, quote(String(value))]);
  return ['/opt/dbvoice/sql-scripts/run-check', ...words].join(' ');
}

describe('Emulator: run-check results synthesised for fleet instances without canned output', () => {
  let emulator: Emulator;
  const clients = new Map<string, SSMClient>();

  beforeAll(async () => {
    emulator = await createEmulator({ settings: FAST });
  });
  afterAll(async () => {
    for (const client of clients.values()) client.destroy();
    await emulator.close();
  });

  function ssm(region: string): SSMClient {
    let client = clients.get(region);
    if (!client) {
      client = new SSMClient(clientConfig(emulator, region));
      clients.set(region, client);
    }
    return client;
  }

  async function run(region: string, command: string): Promise<GetCommandInvocationCommandOutput> {
    const client = ssm(region);
    const { Command } = await client.send(
      new SendCommandCommand({
        DocumentName: 'AWS-RunShellScript',
        Targets: [{ Key: 'tag:Name', Values: [`dbvoice-bastion-${region}`] }],
        Parameters: { commands: [command], executionTimeout: ['300'] },
        TimeoutSeconds: 60,
      }),
    );
    return waitFor(
      () =>
        client
          .send(
            new GetCommandInvocationCommand({ CommandId: Command?.CommandId, InstanceId: BASTIONS[region] }),
          )
          .catch(() => undefined),
      (output) => output !== undefined && !['Pending', 'InProgress', 'Delayed'].includes(output.Status ?? ''),
    ) as Promise<GetCommandInvocationCommandOutput>;
  }

  function check(target: Target, name: string, extra: Record<string, string> = {}) {
    return run(
      target.region,
      runCheck({
        engine: target.engine,
        host: `${target.instance}.example.${target.region}.rds.amazonaws.com`,
        port: 3306,
        user: 'dbvoice_monitor',
        database: target.database,
        check: name,
        instance: target.instance,
        ...extra,
        region: target.region,
      }),
    );
  }

  describe.each(TARGETS)('$engine ($instance)', (target) => {
    const checks = ['connect', 'storage', 'top-cpu', 'top-dbtime', 'parameter'];
    if (target.family !== 'postgres') checks.push('top-memory');

    it.each(checks)('answers %s in the runner format with the SQL columns', async (name) => {
      // Act
      const parameter: Record<string, string> =
        name === 'parameter' ? { parameter: KNOWN_PARAMETER[target.family] } : {};
      const result = await check(target, name, parameter);
      const output = parseCheckOutput(result.StandardOutputContent ?? '');

      // Assess
      expect(result.Status).toBe('Success');
      expect(result.ResponseCode).toBe(0);
      expect(output.complete).toBe(true);
      expect(output.fields).toMatchObject({
        check: name,
        engine: target.engine,
        instance: target.instance,
        family: target.family,
        user: 'dbvoice_monitor',
        database: target.database,
        status: 'ok',
        rows: String(output.rows.length),
      });
      expect(Number(output.fields.elapsed_ms)).toBeGreaterThan(0);
      const columns = name.startsWith('top-') ? SESSION_COLUMNS : COLUMNS[target.family][name];
      for (const row of output.rows) expect(Object.keys(row)).toEqual(columns);
      // MySQL reads memory per session from the Performance Schema, off without Performance Insights.
      const memoryOff = name === 'top-memory' && target.family === 'mysql' && target.engine !== 'mariadb';
      expect(output.rows.length > 0).toBe(!memoryOff);
    });
  });

  it('gives the same answer for the same instance and check every time', async () => {
    // Act
    const first = await check(TARGETS[1]!, 'top-cpu');
    const second = await check(TARGETS[1]!, 'top-cpu');

    // Assess
    expect(second.StandardOutputContent).toBe(first.StandardOutputContent);
  });

  it('reports the server version behind the RDS engine version, and an Aurora reader as read only', async () => {
    // Act
    const aurora = parseCheckOutput((await check(TARGETS[3]!, 'connect')).StandardOutputContent ?? '');
    const reader = parseCheckOutput(
      (await check({ ...TARGETS[3]!, instance: 'prod-blog-02' }, 'connect')).StandardOutputContent ?? '',
    );
    const oracle = parseCheckOutput((await check(TARGETS[0]!, 'connect')).StandardOutputContent ?? '');
    const sqlserver = parseCheckOutput((await check(TARGETS[6]!, 'connect')).StandardOutputContent ?? '');
    const mariadb = parseCheckOutput((await check(TARGETS[2]!, 'connect')).StandardOutputContent ?? '');

    // Assess
    expect(aurora.rows[0]).toMatchObject({ version: '8.0.36', open_mode: 'READ WRITE' });
    expect(reader.rows[0]).toMatchObject({ version: '8.0.36', open_mode: 'READ ONLY' });
    expect(oracle.rows[0]).toMatchObject({ version: '19.24.0.0.0', edition: 'SE', database_name: 'HRSTG' });
    expect(sqlserver.rows[0]).toMatchObject({ version: '15.0.4385.2', edition: 'Express Edition (64-bit)' });
    expect(mariadb.rows[0]?.version).toBe('10.11.9-MariaDB-log');
  });

  it('sizes max_connections from the instance class with each engine family formula', async () => {
    // Act
    const value = async (target: Target) =>
      parseCheckOutput(
        (await check(target, 'parameter', { parameter: 'max_connections' })).StandardOutputContent ?? '',
      ).rows[0];

    // Assess: db.r6g.xlarge (32 GiB) / 12582880; Aurora MySQL's table for db.r6g.large; PostgreSQL's
    // db.t4g.large (8 GiB) / 9531392, and the 5000 cap on db.r6g.2xlarge.
    expect(await value(TARGETS[1]!)).toEqual({ variable_name: 'max_connections', value: '2730' });
    expect(await value(TARGETS[3]!)).toEqual({ variable_name: 'max_connections', value: '1000' });
    expect(await value(TARGETS[4]!)).toMatchObject({ name: 'max_connections', value: '901', setting: '901' });
    expect(await value(TARGETS[5]!)).toMatchObject({ value: '5000' });
  });

  it('answers an unknown parameter as the runner does: status ok and no row', async () => {
    // Act: Oracle and SQL Server have no max_connections.
    const oracle = await check(TARGETS[0]!, 'parameter', { parameter: 'max_connections' });
    const mysql = await check(TARGETS[1]!, 'parameter', { parameter: 'no_such_thing' });

    // Assess
    for (const result of [oracle, mysql]) {
      const output = parseCheckOutput(result.StandardOutputContent ?? '');
      expect(result.Status).toBe('Success');
      expect(output.fields).toMatchObject({ status: 'ok', rows: '0' });
      expect(output.rows).toEqual([]);
    }
    expect(parseCheckOutput(mysql.StandardOutputContent ?? '').fields.parameter).toBe('no_such_thing');
  });

  it('prints PostgreSQL-style settings with their units, and percent-encodes spaces and equals signs', async () => {
    // Act
    const shared = await check(TARGETS[4]!, 'parameter', { parameter: 'shared_buffers' });
    const memory = await check(TARGETS[6]!, 'parameter', { parameter: 'max server memory (MB)' });

    // Assess: db.t4g.large has 8 GiB, a quarter of it in 8 kB pages.
    expect(parseCheckOutput(shared.StandardOutputContent ?? '').rows[0]).toMatchObject({
      value: '2GB',
      setting: '262144',
      unit: '8kB',
    });
    expect(memory.StandardOutputContent).toContain('DBVOICE_RESULT parameter=max%20server%20memory%20(MB)\n');
    expect(memory.StandardOutputContent).toMatch(
      /DBVOICE_ROW name=max%20server%20memory%20\(MB\) value=\d+ /,
    );
  });

  it('fails like the runner: stopped instance, missing database, unsupported check, no password, bad flag', async () => {
    // Prepare: a stopped instance keeps the client waiting for its 10 s connect timeout.
    const control = createControlClient(emulator.url);
    const clockMoved = new Promise((resolve) => setTimeout(resolve, 300)).then(() =>
      control.advanceClock(11_000),
    );

    // Act
    const stopped = await run(
      'us-west-2',
      runCheck({
        engine: 'mysql',
        host: 'stg-analytics-01.example',
        port: 3306,
        user: 'dbvoice_monitor',
        database: 'information_schema',
        check: 'connect',
        instance: 'stg-analytics-01',
        region: 'us-west-2',
      }),
    );
    await clockMoved;
    const noDatabase = await check({ ...TARGETS[1]!, database: 'nope' }, 'connect');
    const memory = await check(TARGETS[4]!, 'top-memory');
    const noPassword = await check({ ...TARGETS[1]!, instance: 'prod-ghost-01' }, 'connect');
    const usage = await check(TARGETS[1]!, 'sessions');

    // Assess
    const fields = (result: GetCommandInvocationCommandOutput) =>
      parseCheckOutput(result.StandardOutputContent ?? '').fields;
    expect(stopped).toMatchObject({ Status: 'Failed', ResponseCode: 5 });
    expect(fields(stopped)).toMatchObject({ status: 'error', reason: 'unreachable' });
    expect(fields(stopped).message).toContain("ERROR 2003 (HY000): Can't connect to MySQL server");
    expect(Number(fields(stopped).elapsed_ms)).toBeGreaterThanOrEqual(10_000);
    expect(noDatabase.ResponseCode).toBe(6);
    expect(fields(noDatabase)).toMatchObject({ reason: 'database-missing', user: 'dbvoice_monitor' });
    expect(memory.ResponseCode).toBe(7);
    expect(fields(memory)).toMatchObject({
      reason: 'unsupported',
      message: 'the top-memory check is not available for postgres',
    });
    expect(noPassword.ResponseCode).toBe(3);
    expect(fields(noPassword).reason).toBe('no-credentials');
    expect(fields(noPassword).user).toBeUndefined();
    expect(usage.ResponseCode).toBe(2);
    expect(fields(usage)).toMatchObject({ reason: 'usage', message: 'unknown --check: sessions' });
    expect(usage.StandardErrorContent).toBe('run-check: usage: unknown --check: sessions\n');
  });

  it('publishes the result to --topic when the check outlasts --notify-after, as the runner does', async () => {
    // Prepare
    const control = createControlClient(emulator.url);
    const topic = 'arn:aws:sns:us-east-1:123456789012:dbvoice-notifications';

    // Act
    const late = await check(TARGETS[1]!, 'storage', { topic, 'notify-after': '0' });
    const early = await check(TARGETS[1]!, 'connect', { topic, 'notify-after': '60' });
    const messages = await control.published('dbvoice-notifications');

    // Assess
    expect(parseCheckOutput(late.StandardOutputContent ?? '').fields.notified).toBe('yes');
    expect(parseCheckOutput(early.StandardOutputContent ?? '').fields.notified).toBe('no');
    const message = messages.find((m) => m.subject === 'dbvoice: storage check on prod-sales-01');
    expect(message?.message).toMatch(
      /^The storage check on prod-sales-01 \(mysql, .*\) finished after 0 seconds\./,
    );
    expect(message?.message).toContain('-- result block --\nDBVOICE_RESULT check=storage\n');
  });

  it('leaves canned outputs in charge, including the bastion check that never finishes', async () => {
    // Prepare
    const demo = loadFleet(demoFleetPath);
    const canned = demo.bastionOutputs?.['prod-hr-01']?.connect;

    // Act
    const hr = await check({ ...TARGETS[0]!, instance: 'prod-hr-01', engine: 'oracle-ee' }, 'connect');
    const client = ssm('us-west-2');
    const { Command } = await client.send(
      new SendCommandCommand({
        DocumentName: 'AWS-RunShellScript',
        InstanceIds: [BASTIONS['us-west-2']!],
        Parameters: {
          commands: [
            runCheck({
              engine: 'sqlserver-se',
              host: 'payroll.example',
              port: 1433,
              user: 'dbvoice_monitor',
              database: 'master',
              check: 'storage',
              instance: 'prod-payroll-01',
            }),
          ],
        },
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    const payroll = await client.send(
      new GetCommandInvocationCommand({ CommandId: Command?.CommandId, InstanceId: BASTIONS['us-west-2'] }),
    );

    // Assess
    expect(hr.StandardOutputContent).toBe(canned);
    expect(payroll.Status).toBe('InProgress');
  });

  it('fails with "no canned output" when the fleet turns synthesis off', async () => {
    // Prepare
    const demo = loadFleet(demoFleetPath);
    const off = await createEmulator({
      fleet: { ...demo, settings: { ...demo.settings, synthesizeBastionOutputs: false } },
      settings: FAST,
    });
    const client = new SSMClient(clientConfig(off, 'us-east-1'));
    try {
      const { Command } = await client.send(
        new SendCommandCommand({
          DocumentName: 'AWS-RunShellScript',
          InstanceIds: [BASTIONS['us-east-1']!],
          Parameters: {
            commands: [
              runCheck({
                engine: 'mysql',
                host: 'sales.example',
                port: 3306,
                user: 'dbvoice_monitor',
                database: 'sales',
                check: 'connect',
                instance: 'prod-sales-01',
              }),
            ],
          },
        }),
      );

      // Act
      const result = await waitFor(
        () =>
          client
            .send(
              new GetCommandInvocationCommand({
                CommandId: Command?.CommandId,
                InstanceId: BASTIONS['us-east-1'],
              }),
            )
            .catch(() => undefined),
        (output) => output?.Status === 'Failed',
      );

      // Assess
      expect(result?.StandardErrorContent).toContain(
        'no canned output for instance prod-sales-01 check connect',
      );
    } finally {
      client.destroy();
      await off.close();
    }
  });
});
