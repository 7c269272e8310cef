import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator } from '../../../src/local/emulator/createEmulator.js';
import { demoFleetPath } from '../../../src/local/emulator/fleet/demoFleetPath.js';
import { FleetError } from '../../../src/local/emulator/fleet/FleetError.js';
import { loadFleet } from '../../../src/local/emulator/fleet/loadFleet.js';
import { parseFleet } from '../../../src/local/emulator/fleet/parseFleet.js';
import { syntheticFleet } from '../../../src/local/emulator/fleet/syntheticFleet.js';
import { REGIONS } from '../../../src/skill/domain/fleet/regions.js';
import { clientConfig } from './support/clientConfig.js';

const dir = mkdtempSync(join(tmpdir(), 'emulator-fleet-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Emulator: fleet files', () => {
  it('ships a heterogeneous demo fleet in three Regions', () => {
    // Act
    const fleet = loadFleet(demoFleetPath);

    // Assess
    expect(Object.keys(fleet.regions)).toEqual(['us-west-2', 'us-east-1', 'eu-west-1']);
    const instances = Object.values(fleet.regions).flatMap((r) => r.instances ?? []);
    const engines = new Set(instances.map((i) => i.engine.replace(/-(ee|se2|se|ex)$/, '')));
    expect(engines).toEqual(
      new Set(['postgres', 'oracle', 'sqlserver', 'aurora-mysql', 'mariadb', 'mysql', 'aurora-postgresql']),
    );
    expect(new Set(instances.map((i) => i.tags?.environment))).toEqual(
      new Set(['production', 'staging', 'development']),
    );
    expect(instances.find((i) => i.identifier === 'prod-reporting-01')?.tags?.instance).toBe('reporting');
  });

  it('loads JSON as well as YAML', async () => {
    // Prepare
    const path = join(dir, 'fleet.json');
    writeFileSync(
      path,
      JSON.stringify({
        regions: { 'ap-southeast-2': { instances: [{ identifier: 'Syd-1', engine: 'postgres' }] } },
      }),
    );
    const emulator = await createEmulator({ fleet: path });
    const rds = new RDSClient(clientConfig(emulator, 'ap-southeast-2'));
    try {
      // Act
      const { DBInstances } = await rds.send(new DescribeDBInstancesCommand({}));

      // Assess: identifiers are lower-cased as RDS stores them
      expect(DBInstances?.map((i) => i.DBInstanceIdentifier)).toEqual(['syd-1']);
    } finally {
      rds.destroy();
      await emulator.close();
    }
  });

  it('builds synthetic fleets for benchmarks: 20 Regions of 1,000 instances start quickly', async () => {
    // Prepare
    const regions = REGIONS.slice(0, 20).map((r) => r.code);

    // Act
    const started = performance.now();
    const emulator = await createEmulator({ fleet: syntheticFleet({ regions, instancesPerRegion: 1000 }) });
    const elapsed = performance.now() - started;
    const rds = new RDSClient(clientConfig(emulator, regions[7]));
    try {
      const page = await rds.send(new DescribeDBInstancesCommand({}));

      // Assess
      expect(emulator.state.regions.size).toBe(20);
      expect(page.DBInstances).toHaveLength(100);
      expect(page.DBInstances?.[0]?.TagList?.map((t) => t.Key)).toEqual([
        'instance',
        'application',
        'environment',
      ]);
      expect(elapsed).toBeLessThan(15_000);
    } finally {
      rds.destroy();
      await emulator.close();
    }
  });

  it('reads the demo fleet exactly as written: the schema checks it and changes nothing', () => {
    // Prepare
    const text = readFileSync(demoFleetPath, 'utf8');

    // Act
    const fleet = parseFleet(text, 'demo.yaml');

    // Assess
    expect(fleet).toEqual(parse(text));
  });
});

/** The message of the FleetError that parsing `text` raises, one line per problem. */
function problemsIn(text: string): string[] {
  try {
    parseFleet(text, 'f.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(FleetError);
    return (error as Error).message.split('\n');
  }
  throw new Error('the fleet was accepted');
}

describe('Emulator: fleet file errors', () => {
  it('names the path of an unknown key and the key that was meant', () => {
    // Act
    const problems = problemsIn(
      'regions: { us-west-2: { instances: [ { identifier: a, engine: mysql, multiAZ: true } ] } }',
    );

    // Assess
    expect(problems).toEqual([
      'f.yaml: regions.us-west-2.instances[0].multiAZ: unknown key; did you mean multiAz?',
    ]);
  });

  it('names the path of a wrong value and the value that was meant', () => {
    // Act
    const problems = problemsIn(
      [
        'regions:',
        '  us-west-2:',
        '    instances:',
        '      - { identifier: a, engine: mysql }',
        '      - { identifier: b, engine: mysql }',
        '      - { identifier: c, engine: mysql }',
        '      - { identifier: d, engine: postgress }',
      ].join('\n'),
    );

    // Assess
    expect(problems).toEqual([
      'f.yaml: regions.us-west-2.instances[3].engine: "postgress" is not a valid value; did you mean postgres?',
    ]);
  });

  it('lists the valid keys when an unknown key is no typo of any', () => {
    // Act
    const problems = problemsIn('instances: []');

    // Assess
    expect(problems).toEqual([
      'f.yaml: regions: required (a map)',
      'f.yaml: instances: unknown key; expected one of: account, user, mfaDevices, requireMfaFor, invalidAccessKeys, settings, regions, bastionOutputs',
    ]);
  });

  it('says which field is missing or of the wrong type, and that YAML needs versions quoted', () => {
    // Act
    const problems = problemsIn(
      'regions: { us-west-2: { instances: [ { engine: postgres, engineVersion: 16.4 } ], alarms: [ { name: a, metric: m, threshold: "80" } ] } }',
    );

    // Assess
    expect(problems).toEqual([
      'f.yaml: regions.us-west-2.instances[0].identifier: required (text)',
      'f.yaml: regions.us-west-2.instances[0].engineVersion: must be text, not 16.4 (quote it in YAML)',
      'f.yaml: regions.us-west-2.alarms[0].threshold: must be a number, not "80"',
    ]);
  });

  it('checks references between entries: a cluster that does not exist, a writer that is not a member', () => {
    // Act
    const problems = problemsIn(
      [
        'regions:',
        '  us-west-2:',
        '    clusters: [ { identifier: blog, engine: aurora-mysql, writer: blog-2 } ]',
        '    instances:',
        '      - { identifier: blog-1, engine: aurora-mysql, clusterId: blgo }',
        '      - { identifier: blog-1, engine: aurora-mysql, clusterId: blog }',
      ].join('\n'),
    );

    // Assess
    expect(problems).toEqual([
      'f.yaml: regions.us-west-2.instances[1].identifier: duplicate instance blog-1',
      'f.yaml: regions.us-west-2.instances[0].clusterId: no cluster blgo in this Region; did you mean blog?',
      'f.yaml: regions.us-west-2.clusters[0].writer: blog-2 is not an instance of cluster blog; did you mean blog-1?',
    ]);
  });

  it('checks what keys and texts must look like: Region codes, the account, MFA seeds, dates', () => {
    // Act
    const problems = problemsIn(
      [
        'account: 12345',
        'mfaDevices: [ { serial: s, seed: "not base32!" } ]',
        'regions:',
        '  uswest2: {}',
        '  us-west-2: { events: [ { source: a, message: b, date: yesterday } ] }',
      ].join('\n'),
    );

    // Assess
    expect(problems).toEqual([
      'f.yaml: account: must be 12 digits (quote it in YAML)',
      'f.yaml: mfaDevices[0].seed: not base32',
      'f.yaml: regions.uswest2: not a Region code (like us-west-2)',
      'f.yaml: regions.us-west-2.events[0].date: not a date (ISO 8601)',
    ]);
  });

  it('looks inside a value that may take two forms: text or a map of output, a number or a generator', () => {
    // Act
    const problems = problemsIn(
      [
        'bastionOutputs: { hr: { connect: { stdout: ok, exitcode: 1 } } }',
        'regions: { us-west-2: { instances: [ { identifier: a, engine: mysql, metrics: { CPUUtilization: { baselin: 3 } } } ] } }',
      ].join('\n'),
    );

    // Assess
    expect(problems).toEqual([
      'f.yaml: regions.us-west-2.instances[0].metrics.CPUUtilization.baseline: required (a number)',
      'f.yaml: regions.us-west-2.instances[0].metrics.CPUUtilization.baselin: unknown key; did you mean baseline?',
      'f.yaml: bastionOutputs.hr.connect.exitcode: unknown key; did you mean exitCode?',
    ]);
  });

  it('says when the file is not YAML or JSON, or not a map', () => {
    // Act
    const problems = [problemsIn('regions: ['), problemsIn(''), problemsIn('- a list')];

    // Assess
    expect(problems[0]?.[0]).toContain('f.yaml: not valid YAML or JSON');
    expect(problems[1]).toEqual(['f.yaml: the fleet must be a map, not empty']);
    expect(problems[2]).toEqual(['f.yaml: the fleet must be a map, not a list']);
  });

  it('refuses a fleet object with a mistake before the emulator starts', async () => {
    // Act
    const started = createEmulator({
      fleet: {
        regions: {
          'us-west-2': { tables: [{ name: 'state', partitionKey: 'id', sortKeyType: 'X' as 'S' }] },
        },
      },
    });

    // Assess
    await expect(started).rejects.toThrow(
      'fleet: regions.us-west-2.tables[0].sortKeyType: "X" is not a valid value; expected one of: S, N, B',
    );
  });
});

describe('Emulator: the CLI', () => {
  it('starts from the CLI with --fleet and --port and prints its URL', async () => {
    // Prepare
    const path = join(dir, 'cli.yaml');
    writeFileSync(
      path,
      'regions:\n  us-west-2:\n    instances:\n      - { identifier: cli-1, engine: mysql }\n',
    );
    const cli = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/local/emulator/cli.ts', '--fleet', path, '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      // Act
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: cli.stdout }).once('line', resolve);
        cli.once('exit', (code) => reject(new Error(`cli exited with ${code}`)));
      });
      const state = await createControlClient(url).state();

      // Assess
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(state.regions['us-west-2']?.instances).toBe(1);
    } finally {
      cli.kill('SIGTERM');
    }
  });
});
