import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { afterAll, describe, expect, it } from 'vitest';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator } from '../../../src/local/emulator/createEmulator.js';
import { demoFleetPath } from '../../../src/local/emulator/fleet/demoFleetPath.js';
import { FleetError } from '../../../src/local/emulator/fleet/FleetError.js';
import { loadFleet } from '../../../src/local/emulator/fleet/loadFleet.js';
import { parseFleet } from '../../../src/local/emulator/fleet/parseFleet.js';
import { syntheticFleet } from '../../../src/local/emulator/fleet/syntheticFleet.js';
import { REGIONS } from '../../../src/skill/fleet/regions.js';
import { clientConfig } from './support/clientConfig.js';

const dir = mkdtempSync(join(tmpdir(), 'emulator-fleet-'));

describe('Emulator: fleet files and the CLI', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

  it('says where a fleet file is wrong', () => {
    // Act
    const attempts = [
      () => parseFleet('regions: [', 'a.yaml'),
      () => parseFleet('instances: []', 'b.yaml'),
      () => parseFleet('regions: { us-west-2: { instances: [ { engine: mysql } ] } }', 'c.yaml'),
      () =>
        parseFleet(
          'regions: { us-west-2: { instances: [ { identifier: x, engine: mysql, clusterId: nope } ] } }',
          'd.yaml',
        ),
      () => parseFleet('mfaDevices: [ { serial: s, seed: "not base32!" } ]\nregions: {}', 'e.yaml'),
    ];

    // Assess
    const messages = attempts.map((attempt) => {
      try {
        attempt();
        return 'no error';
      } catch (error) {
        expect(error).toBeInstanceOf(FleetError);
        return (error as Error).message;
      }
    });
    expect(messages[0]).toContain('a.yaml: not valid YAML or JSON');
    expect(messages[1]).toContain('"regions" is required');
    expect(messages[2]).toBe('c.yaml: regions.us-west-2.instances[0].identifier is required (a string)');
    expect(messages[3]).toBe(
      'd.yaml: regions.us-west-2.instances[0].clusterId: no cluster nope in us-west-2',
    );
    expect(messages[4]).toContain('mfaDevices[0].seed is not base32');
  });

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
