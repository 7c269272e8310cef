import {
  DBClusterNotFoundFault,
  DBInstanceNotFoundFault,
  DBLogFileNotFoundFault,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBLogFilesCommand,
  DescribeEventsCommand,
  DownloadDBLogFilePortionCommand,
  FailoverDBClusterCommand,
  InvalidDBClusterStateFault,
  InvalidDBInstanceStateFault,
  paginateDescribeDBInstances,
  RDSClient,
  RDSServiceException,
  RebootDBInstanceCommand,
} from '@aws-sdk/client-rds';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { clientConfig } from './support/clientConfig.js';
import { syntheticInstances } from './support/syntheticInstances.js';

describe('Emulator: RDS (query protocol) with the real @aws-sdk/client-rds', () => {
  let emulator: Emulator;
  let rds: RDSClient;

  beforeAll(async () => {
    emulator = await createEmulator({ settings: { rebootMs: 60_000, failoverMs: 60_000 } });
    rds = new RDSClient(clientConfig(emulator));
  });
  afterAll(async () => {
    rds.destroy();
    await emulator.close();
  });
  beforeEach(async () => {
    await createControlClient(emulator.url).reset();
  });

  it('describes the demo instances of the signed Region with their TagList', async () => {
    // Act
    const { DBInstances = [] } = await rds.send(new DescribeDBInstancesCommand({}));

    // Assess
    const reporting = DBInstances.find((i) => i.DBInstanceIdentifier === 'prod-reporting-01');
    expect(reporting).toMatchObject({
      Engine: 'postgres',
      DBInstanceStatus: 'available',
      MultiAZ: true,
      AvailabilityZone: 'us-west-2a',
      SecondaryAvailabilityZone: 'us-west-2c',
      AllocatedStorage: 500,
      DBInstanceArn: 'arn:aws:rds:us-west-2:123456789012:db:prod-reporting-01',
    });
    expect(reporting?.Endpoint?.Port).toBe(5432);
    expect(reporting?.InstanceCreateTime).toBeInstanceOf(Date);
    expect(reporting?.TagList).toEqual(
      expect.arrayContaining([
        { Key: 'instance', Value: 'reporting' },
        { Key: 'application', Value: 'reporting' },
        { Key: 'environment', Value: 'production' },
      ]),
    );
    const engines = new Set(DBInstances.map((i) => i.Engine));
    expect(engines).toEqual(
      new Set(['postgres', 'oracle-ee', 'oracle-se2', 'sqlserver-se', 'aurora-mysql', 'mariadb', 'mysql']),
    );
    expect(DBInstances.find((i) => i.DBInstanceIdentifier === 'stg-analytics-01')?.DBInstanceStatus).toBe(
      'stopped',
    );
    expect(DBInstances.find((i) => i.DBInstanceIdentifier === 'prod-blog-02')?.DBClusterIdentifier).toBe(
      'prod-blog-aurora',
    );
  });

  it('is reached through AWS_ENDPOINT_URL alone, with no endpoint in the code', async () => {
    // Prepare
    const saved = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = emulator.url;
    const { endpoint: _endpoint, ...withoutEndpoint } = clientConfig(emulator);
    const client = new RDSClient(withoutEndpoint);
    try {
      // Act
      const { DBInstances } = await client.send(
        new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'prod-hr-01' }),
      );

      // Assess
      expect(DBInstances?.[0]?.DBInstanceIdentifier).toBe('prod-hr-01');
    } finally {
      client.destroy();
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL;
      else process.env.AWS_ENDPOINT_URL = saved;
    }
  });

  it('keeps Regions apart: us-east-1 and eu-west-1 have their own instances', async () => {
    // Prepare
    const virginia = new RDSClient(clientConfig(emulator, 'us-east-1'));
    const ireland = new RDSClient(clientConfig(emulator, 'eu-west-1'));

    // Act
    const east = await virginia.send(new DescribeDBInstancesCommand({}));
    const west = await ireland.send(new DescribeDBInstancesCommand({}));

    // Assess
    expect(east.DBInstances?.map((i) => i.DBInstanceIdentifier)).toContain('prod-crm-01');
    expect(west.DBInstances?.map((i) => i.DBInstanceIdentifier)).toContain('prod-hr-eu-01');
    expect(east.DBInstances?.some((i) => i.DBInstanceIdentifier === 'prod-reporting-01')).toBe(false);
    const calls = await createControlClient(emulator.url).calls({ operation: 'DescribeDBInstances' });
    expect(calls.calls.map((c) => c.region)).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('selects one instance by identifier or ARN and raises DBInstanceNotFoundFault for an unknown one', async () => {
    // Act
    const byId = await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'prod-hr-01' }));
    const byArn = await rds.send(
      new DescribeDBInstancesCommand({
        DBInstanceIdentifier: 'arn:aws:rds:us-west-2:123456789012:db:prod-hr-01',
      }),
    );
    const missing = await rds
      .send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'nope' }))
      .catch((e) => e);

    // Assess
    expect(byId.DBInstances?.map((i) => i.DBInstanceIdentifier)).toEqual(['prod-hr-01']);
    expect(byArn.DBInstances?.[0]?.Engine).toBe('oracle-ee');
    expect(missing).toBeInstanceOf(DBInstanceNotFoundFault);
    expect(missing.message).toBe('DBInstance nope not found.');
    expect(missing.$metadata.httpStatusCode).toBe(404);
  });

  it('applies the engine and db-cluster-id filters and refuses an unknown filter', async () => {
    // Act
    const mariadb = await rds.send(
      new DescribeDBInstancesCommand({ Filters: [{ Name: 'engine', Values: ['mariadb'] }] }),
    );
    const members = await rds.send(
      new DescribeDBInstancesCommand({ Filters: [{ Name: 'db-cluster-id', Values: ['prod-blog-aurora'] }] }),
    );
    const bad = await rds
      .send(new DescribeDBInstancesCommand({ Filters: [{ Name: 'tag:application', Values: ['hr'] }] }))
      .catch((e) => e);

    // Assess
    expect(mariadb.DBInstances?.map((i) => i.DBInstanceIdentifier)).toEqual(['dev-blog-01']);
    expect(members.DBInstances?.map((i) => i.DBInstanceIdentifier)).toEqual(['prod-blog-01', 'prod-blog-02']);
    expect(bad).toBeInstanceOf(RDSServiceException);
    expect(bad.name).toBe('InvalidParameterValue');
  });

  it('paginates 250 instances as 3 pages of 100 with one call per page and no ListTagsForResource', async () => {
    // Prepare
    const big = await createEmulator({
      fleet: { regions: { 'us-west-2': { instances: syntheticInstances(250) } } },
    });
    const client = new RDSClient(clientConfig(big));
    const control = createControlClient(big.url);
    try {
      // Act
      const pages: number[] = [];
      for await (const page of paginateDescribeDBInstances({ client }, {}))
        pages.push(page.DBInstances?.length ?? 0);

      // Assess
      expect(pages).toEqual([100, 100, 50]);
      expect(await control.count('rds', 'DescribeDBInstances')).toBe(3);
      expect(await control.count('rds', 'ListTagsForResource')).toBe(0);
      const small = await client.send(new DescribeDBInstancesCommand({ MaxRecords: 20 }));
      expect(small.DBInstances).toHaveLength(20);
      expect(small.Marker).toBeTypeOf('string');
      const tooSmall = await client.send(new DescribeDBInstancesCommand({ MaxRecords: 5 })).catch((e) => e);
      expect(tooSmall.name).toBe('InvalidParameterValue');
    } finally {
      client.destroy();
      await big.close();
    }
  });

  it('describes Aurora clusters with the writer flagged and raises DBClusterNotFoundFault', async () => {
    // Act
    const { DBClusters = [] } = await rds.send(new DescribeDBClustersCommand({}));
    const missing = await rds
      .send(new DescribeDBClustersCommand({ DBClusterIdentifier: 'nope' }))
      .catch((e) => e);

    // Assess
    expect(DBClusters.map((c) => c.DBClusterIdentifier)).toEqual(['prod-blog-aurora']);
    expect(DBClusters[0]?.Engine).toBe('aurora-mysql');
    expect(DBClusters[0]?.DBClusterMembers).toEqual([
      expect.objectContaining({ DBInstanceIdentifier: 'prod-blog-01', IsClusterWriter: true }),
      expect.objectContaining({ DBInstanceIdentifier: 'prod-blog-02', IsClusterWriter: false }),
    ]);
    expect(DBClusters[0]?.TagList).toContainEqual({ Key: 'application', Value: 'blog' });
    expect(missing).toBeInstanceOf(DBClusterNotFoundFault);
  });

  it('returns events in the asked window by source, oldest first', async () => {
    // Act
    const lastHour = await rds.send(
      new DescribeEventsCommand({ SourceType: 'db-instance', SourceIdentifier: 'prod-reporting-01' }),
    );
    const lastDay = await rds.send(new DescribeEventsCommand({ SourceType: 'db-instance', Duration: 1440 }));
    const since = await rds.send(
      new DescribeEventsCommand({
        SourceType: 'db-cluster',
        StartTime: new Date(Date.now() - 11 * 3_600_000),
      }),
    );
    const invalid = await rds
      .send(new DescribeEventsCommand({ SourceIdentifier: 'prod-hr-01' }))
      .catch((e) => e);

    // Assess
    expect(lastHour.Events?.map((e) => e.Message)).toEqual([
      'Backing up DB instance',
      'Finished DB Instance backup',
      expect.stringContaining('free storage capacity'),
    ]);
    expect(lastHour.Events?.[0]?.Date).toBeInstanceOf(Date);
    expect(lastHour.Events?.[0]?.EventCategories).toEqual(['backup']);
    expect(lastDay.Events?.map((e) => e.SourceIdentifier)).toContain('prod-hr-01');
    expect(since.Events?.map((e) => e.SourceIdentifier)).toEqual(['prod-blog-aurora']);
    expect(invalid.name).toBe('InvalidParameterCombination');
  });

  it('lists log files and downloads portions by Marker and NumberOfLines', async () => {
    // Act
    const files = await rds.send(new DescribeDBLogFilesCommand({ DBInstanceIdentifier: 'prod-hr-01' }));
    const tail = await rds.send(
      new DownloadDBLogFilePortionCommand({
        DBInstanceIdentifier: 'prod-hr-01',
        LogFileName: 'trace/alert_ORCL.log',
        NumberOfLines: 10,
      }),
    );
    const portions: string[] = [];
    let marker = '0';
    let pending = true;
    while (pending) {
      const portion = await rds.send(
        new DownloadDBLogFilePortionCommand({
          DBInstanceIdentifier: 'prod-hr-01',
          LogFileName: 'trace/alert_ORCL.log',
          Marker: marker,
          NumberOfLines: 150,
        }),
      );
      portions.push(portion.LogFileData ?? '');
      marker = portion.Marker ?? '';
      pending = portion.AdditionalDataPending ?? false;
    }
    const missing = await rds
      .send(
        new DownloadDBLogFilePortionCommand({ DBInstanceIdentifier: 'prod-hr-01', LogFileName: 'nope.log' }),
      )
      .catch((e) => e);

    // Assess
    expect(files.DescribeDBLogFiles?.map((f) => f.LogFileName)).toEqual([
      'trace/alert_ORCL.log',
      'trace/listener.log',
    ]);
    expect(files.DescribeDBLogFiles?.[0]?.Size).toBeGreaterThan(1000);
    expect(typeof files.DescribeDBLogFiles?.[0]?.LastWritten).toBe('number');
    expect(tail.LogFileData?.trim().split('\n')).toHaveLength(10);
    expect(tail.AdditionalDataPending).toBe(false);
    expect(portions).toHaveLength(3);
    const whole = portions.join('');
    expect(whole.trim().split('\n')).toHaveLength(400);
    expect(whole.match(/ORA-\d{5}/g)).toHaveLength(3);
    expect(missing).toBeInstanceOf(DBLogFileNotFoundFault);
  });

  it('generates engine-typed errors in default logs: [ERROR] for MySQL, FATAL for PostgreSQL', async () => {
    // Act
    const mysql = await rds.send(
      new DownloadDBLogFilePortionCommand({
        DBInstanceIdentifier: 'stg-analytics-01',
        LogFileName: 'error/mysql-error.log',
        Marker: '0',
      }),
    );
    const pgFiles = await rds.send(
      new DescribeDBLogFilesCommand({
        DBInstanceIdentifier: 'prod-reporting-01',
        FilenameContains: 'postgresql',
      }),
    );
    const current = pgFiles.DescribeDBLogFiles?.at(-1)?.LogFileName ?? '';
    const postgres = await rds.send(
      new DownloadDBLogFilePortionCommand({
        DBInstanceIdentifier: 'prod-reporting-01',
        LogFileName: current,
        Marker: '0',
      }),
    );

    // Assess
    expect(mysql.LogFileData).toContain('[ERROR]');
    expect(postgres.LogFileData).toContain('FATAL:');
  });

  it('reboots: rebooting at once, available after the reboot delay, and refuses a second reboot meanwhile', async () => {
    // Prepare
    const control = createControlClient(emulator.url);

    // Act
    const rebooted = await rds.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'prod-payroll-01' }));
    const again = await rds
      .send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'prod-payroll-01' }))
      .catch((e) => e);
    await control.advanceClock(61_000);
    const after = await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'prod-payroll-01' }));
    const events = await rds.send(
      new DescribeEventsCommand({ SourceType: 'db-instance', SourceIdentifier: 'prod-payroll-01' }),
    );

    // Assess
    expect(rebooted.DBInstance?.DBInstanceStatus).toBe('rebooting');
    expect(again).toBeInstanceOf(InvalidDBInstanceStateFault);
    expect(after.DBInstances?.[0]?.DBInstanceStatus).toBe('available');
    expect(events.Events?.map((e) => e.Message)).toContain('DB instance restarted');
  });

  it('reboots with ForceFailover by swapping the Availability Zones of a Multi-AZ instance only', async () => {
    // Act
    const failedOver = await rds.send(
      new RebootDBInstanceCommand({ DBInstanceIdentifier: 'prod-reporting-01', ForceFailover: true }),
    );
    const singleAz = await rds
      .send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'dev-blog-01', ForceFailover: true }))
      .catch((e) => e);

    // Assess
    expect(failedOver.DBInstance).toMatchObject({
      AvailabilityZone: 'us-west-2c',
      SecondaryAvailabilityZone: 'us-west-2a',
    });
    expect(singleAz.name).toBe('InvalidParameterCombination');
  });

  it('fails an Aurora cluster over: the reader becomes the writer, the cluster is failing-over meanwhile', async () => {
    // Act
    const notMember = await rds
      .send(
        new FailoverDBClusterCommand({
          DBClusterIdentifier: 'prod-blog-aurora',
          TargetDBInstanceIdentifier: 'prod-hr-01',
        }),
      )
      .catch((e) => e);
    const result = await rds.send(
      new FailoverDBClusterCommand({
        DBClusterIdentifier: 'prod-blog-aurora',
        TargetDBInstanceIdentifier: 'prod-blog-02',
      }),
    );
    const again = await rds
      .send(new FailoverDBClusterCommand({ DBClusterIdentifier: 'prod-blog-aurora' }))
      .catch((e) => e);

    // Assess
    expect(result.DBCluster?.Status).toBe('failing-over');
    expect(result.DBCluster?.DBClusterMembers?.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier).toBe(
      'prod-blog-02',
    );
    expect(again).toBeInstanceOf(InvalidDBClusterStateFault);
    expect(notMember.name).toBe('InvalidParameterValue');
    const events = await rds.send(
      new DescribeEventsCommand({ SourceType: 'db-cluster', SourceIdentifier: 'prod-blog-aurora' }),
    );
    expect(events.Events?.map((e) => e.Message)).toContain(
      'Started cross AZ failover to DB instance: prod-blog-02',
    );
  });
});
