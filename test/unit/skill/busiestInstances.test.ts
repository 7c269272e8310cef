import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
  type MetricDataResult,
} from '@aws-sdk/client-cloudwatch';
import { type DBInstance, DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, type SlotSpec, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill, NOW } from '../../helpers/testSkill.js';

const MINUTE = 60_000;
const REGIONS = { DBVOICE_REGIONS: 'us-west-2,eu-west-1' };
const OREGON: SlotSpec = { value: 'oregon', id: 'us-west-2', type: 'REGION' };
const CONNECTIONS: SlotSpec = { value: 'connections', id: 'DatabaseConnections', type: 'METRIC' };
const PRODUCTION: SlotSpec = { value: 'production', id: 'production', type: 'ENVIRONMENT' };

interface MetricWorld {
  /** Average per instance identifier; an instance not listed has no datapoint. */
  readonly values: Record<string, number>;
  /** Datapoints a page, to make CloudWatch page its answer (NextToken). */
  readonly pageSize?: number;
  readonly failingRegions?: readonly string[];
}

let restore: () => void = () => {};
afterEach(() => restore());

function mockMetrics(fleet: Record<string, DBInstance[]>, world: MetricWorld) {
  const rds = mockFleet(fleet);
  const cloudWatch = mockClient(CloudWatchClient);
  cloudWatch.on(GetMetricDataCommand).callsFake(async (input: GetMetricDataCommandInput, getClient) => {
    const region = await getClient().config.region();
    if (world.failingRegions?.includes(region)) {
      // The SDK's middleware resets a mocked error's $metadata: a throttling error is told by its name.
      throw Object.assign(new Error('slow down'), { name: 'ThrottlingException', $fault: 'client' });
    }
    const queries = input.MetricDataQueries ?? [];
    if (queries.length > 500) throw new Error('CloudWatch takes at most 500 queries a call');
    const points = queries.flatMap((query) => {
      const id = query.MetricStat?.Metric?.Dimensions?.[0]?.Value ?? '';
      return id in world.values ? [{ query: query.Id!, value: world.values[id]! }] : [];
    });
    const start = input.NextToken ? Number(input.NextToken) : 0;
    const size = world.pageSize ?? points.length;
    const page = points.slice(start, start + size);
    const next = start + size < points.length ? String(start + size) : undefined;
    const results: MetricDataResult[] = queries.map((query) => {
      const values = page.filter((p) => p.query === query.Id).map((p) => p.value);
      return { Id: query.Id, Values: values, Timestamps: values.map(() => new Date(NOW - 15 * MINUTE)) };
    });
    return { MetricDataResults: results, ...(next ? { NextToken: next } : {}) };
  });
  restore = () => {
    rds.restore();
    cloudWatch.restore();
  };
  return { rds, cloudWatch };
}

function instances(region: string, count: number, engine = 'mysql'): DBInstance[] {
  return Array.from({ length: count }, (_, i) =>
    dbInstance({ identifier: `${region}-db-${i}`, name: `${region}-db-${i}`, region, engine }),
  );
}

async function ask(slots: Record<string, SlotSpec> = {}) {
  const { skill } = createTestSkill({ env: REGIONS });
  return skill.invoke(intentRequest('BusiestInstances', slots));
}

describe('Handler: BusiestInstances', () => {
  it('names the busiest instance of a Region by CPU averaged over the last 15 minutes', async () => {
    // Prepare
    const { cloudWatch } = mockMetrics(
      {
        'us-west-2': [
          dbInstance({ identifier: 'prod-hr-01', name: 'hr' }),
          dbInstance({ identifier: 'prod-blog-01', name: 'blog' }),
          dbInstance({ identifier: 'prod-crm-01', name: 'crm' }),
        ],
      },
      { values: { 'prod-hr-01': 31.2, 'prod-blog-01': 87.04, 'prod-crm-01': 12 } },
    );

    // Act
    const response = await ask({ region: OREGON });

    // Assess
    expect(spoken(response)).toBe(
      'The busiest instance in Oregon by CPU utilization over the last 15 minutes is blog at 87 percent.',
    );
    const [call] = cloudWatch.commandCalls(GetMetricDataCommand);
    const input = call!.args[0].input;
    expect(input.EndTime!.getTime() - input.StartTime!.getTime()).toBe(15 * MINUTE);
    expect(input.MetricDataQueries?.[0]?.MetricStat).toMatchObject({
      Metric: { Namespace: 'AWS/RDS', MetricName: 'CPUUtilization' },
      Period: 900,
      Stat: 'Average',
    });
  });

  it('ranks the top three by connections in production across Regions, naming each Region', async () => {
    // Prepare
    mockMetrics(
      {
        'us-west-2': [
          dbInstance({ identifier: 'prod-hr-01', name: 'hr', environment: 'production' }),
          dbInstance({ identifier: 'prod-blog-01', name: 'blog', environment: 'production' }),
          dbInstance({ identifier: 'stg-blog-01', name: 'blog-staging', environment: 'staging' }),
        ],
        'eu-west-1': [
          dbInstance({
            identifier: 'prod-shop-01',
            name: 'shop',
            environment: 'production',
            region: 'eu-west-1',
          }),
          dbInstance({
            identifier: 'prod-crm-01',
            name: 'crm',
            environment: 'production',
            region: 'eu-west-1',
          }),
        ],
      },
      {
        values: {
          'prod-hr-01': 40,
          'prod-blog-01': 12,
          'stg-blog-01': 500,
          'prod-shop-01': 55,
          'prod-crm-01': 3,
        },
      },
    );

    // Act
    const response = await ask({
      top: { value: '3', type: 'AMAZON.NUMBER' },
      metric: CONNECTIONS,
      environment: PRODUCTION,
    });

    // Assess
    expect(spoken(response)).toBe(
      'The top 3 production instances in your 2 Regions by number of connections over the last 15 minutes: shop in Ireland at 55, hr in Oregon at 40, and blog in Oregon at 12.',
    );
    const card = response.response.card as { content?: string };
    expect(card.content).toContain('4. crm in Ireland at 3');
  });

  it('ranks free memory from the lowest, and says so', async () => {
    // Prepare
    mockMetrics(
      {
        'us-west-2': [
          dbInstance({ identifier: 'prod-hr-01', name: 'hr' }),
          dbInstance({ identifier: 'prod-blog-01', name: 'blog' }),
        ],
      },
      { values: { 'prod-hr-01': 6 * 1024 ** 3, 'prod-blog-01': 512 * 1024 ** 2 } },
    );

    // Act
    const response = await ask({
      region: OREGON,
      metric: { value: 'free memory', id: 'FreeableMemory', type: 'METRIC' },
    });

    // Assess
    expect(spoken(response)).toMatch(
      /^The instance with the lowest freeable memory in Oregon over the last 15 minutes is blog at 512 megabytes\.$/,
    );
  });

  it('keeps to the call budget: one DescribeDBInstances per page and one GetMetricData per 500 instances and page', async () => {
    // Prepare: 1,200 instances in Oregon (3 calls of 500, 500, 200), 30 in Ireland, CloudWatch paging at 400
    const oregon = instances('us-west-2', 1200);
    const ireland = instances('eu-west-1', 30);
    const values = Object.fromEntries(
      [...oregon, ...ireland].map((i, n) => [i.DBInstanceIdentifier!, n === 777 ? 99 : 10 + (n % 50) / 10]),
    );
    const { rds, cloudWatch } = mockMetrics(
      { 'us-west-2': oregon, 'eu-west-1': ireland },
      { values, pageSize: 400 },
    );

    // Act
    const response = await ask();

    // Assess
    expect(spoken(response)).toBe(
      'The busiest instance in your 2 Regions by CPU utilization over the last 15 minutes is us-west-2-db-777 in Oregon at 99 percent.',
    );
    expect(rds.commandCalls(DescribeDBInstancesCommand)).toHaveLength(12 + 1);
    const calls = cloudWatch.commandCalls(GetMetricDataCommand).map((c) => c.args[0].input);
    // Oregon: 500 queries -> 2 pages, 500 -> 2 pages, 200 -> 1 page; Ireland: 30 -> 1 page.
    expect(calls.map((c) => c.MetricDataQueries?.length).sort((a, b) => b! - a!)).toEqual([
      500, 500, 500, 500, 200, 30,
    ]);
  });

  it('reads the Regions in parallel: every Region has a GetMetricData in flight at once', async () => {
    // Prepare: each GetMetricData takes 50 ms; 4 Regions
    const regions = ['us-west-2', 'eu-west-1', 'us-east-1', 'eu-central-1'];
    const fleet = Object.fromEntries(regions.map((region) => [region, instances(region, 3)]));
    const rds = mockFleet(fleet);
    const cloudWatch = mockClient(CloudWatchClient);
    let inFlight = 0;
    let most = 0;
    cloudWatch.on(GetMetricDataCommand).callsFake(async (input: GetMetricDataCommandInput) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 50));
      inFlight -= 1;
      return { MetricDataResults: (input.MetricDataQueries ?? []).map((q) => ({ Id: q.Id, Values: [5] })) };
    });
    restore = () => {
      rds.restore();
      cloudWatch.restore();
    };
    const { skill } = createTestSkill({ env: { DBVOICE_REGIONS: regions.join(',') } });

    // Act
    const response = await skill.invoke(intentRequest('BusiestInstances', {}));

    // Assess
    expect(spoken(response)).toMatch(/^The busiest instance in your 4 Regions/);
    expect(cloudWatch.commandCalls(GetMetricDataCommand)).toHaveLength(4);
    expect(most).toBe(4);
  });

  it('ranks the Regions it could read and names the one whose metrics it could not', async () => {
    // Prepare
    mockMetrics(
      {
        'us-west-2': [dbInstance({ identifier: 'prod-hr-01', name: 'hr' })],
        'eu-west-1': [dbInstance({ identifier: 'prod-shop-01', name: 'shop', region: 'eu-west-1' })],
      },
      { values: { 'prod-hr-01': 20, 'prod-shop-01': 90 }, failingRegions: ['eu-west-1'] },
    );

    // Act
    const response = await ask();

    // Assess
    expect(spoken(response)).toBe(
      'The busiest instance in your 2 Regions by CPU utilization over the last 15 minutes is hr in Oregon at 20 percent. I could not read the metrics in Ireland, so the ranking leaves it out.',
    );
  });

  it('says when CloudWatch has no data rather than naming a quiet instance', async () => {
    // Prepare
    mockMetrics({ 'us-west-2': [dbInstance({ identifier: 'prod-hr-01', name: 'hr' })] }, { values: {} });

    // Act
    const response = await ask({ region: OREGON });

    // Assess
    expect(spoken(response)).toBe(
      'CloudWatch has no CPU utilization data from the last 15 minutes for your instances in Oregon.',
    );
  });

  it('says connections as whole numbers, and keeps the average as read on the card', async () => {
    mockMetrics(
      {
        'us-west-2': [
          dbInstance({ identifier: 'prod-payroll-01', name: 'payroll' }),
          dbInstance({ identifier: 'prod-hr-01', name: 'hr' }),
        ],
      },
      { values: { 'prod-payroll-01': 35.6, 'prod-hr-01': 12.2 } },
    );

    const response = await ask({
      region: OREGON,
      metric: CONNECTIONS,
      top: { value: '2', type: 'AMAZON.NUMBER' },
    });

    expect(spoken(response)).toBe(
      'The top 2 instances in Oregon by number of connections over the last 15 minutes: payroll at 36 and hr at 12.',
    );
    const card = response.response.card as { content?: string };
    expect(card.content).toContain('1. payroll in Oregon at 35.6');
    expect(card.content).toContain('2. hr in Oregon at 12.2');
  });

  it('ranks free storage by the share of the allocation, says both, and ranks Aurora after by gigabytes', async () => {
    // payroll: 11.8 GB free of 200 (5.9 %); blog: 5 GB free of 20 (25 %); ledger is Aurora (local storage).
    mockMetrics(
      {
        'us-west-2': [
          dbInstance({ identifier: 'prod-blog-01', name: 'blog', extra: { AllocatedStorage: 20 } }),
          dbInstance({ identifier: 'prod-payroll-01', name: 'payroll', extra: { AllocatedStorage: 200 } }),
          dbInstance({ identifier: 'prod-ledger-01', name: 'ledger', engine: 'aurora-postgresql' }),
        ],
      },
      {
        values: {
          'prod-blog-01': 5 * 1024 ** 3,
          'prod-payroll-01': 11.8 * 1024 ** 3,
          'prod-ledger-01': 2 * 1024 ** 3,
        },
      },
    );
    const freeStorage = { value: 'free storage', id: 'FreeStorageSpace', type: 'METRIC' };

    const first = await ask({ region: OREGON, metric: freeStorage });
    const all = await ask({
      region: OREGON,
      metric: freeStorage,
      top: { value: '3', type: 'AMAZON.NUMBER' },
    });

    expect(spoken(first)).toBe(
      'The instance with the lowest free storage space in Oregon over the last 15 minutes is payroll at 11.8 gigabytes, 5.9 percent free.',
    );
    expect(spoken(all)).toBe(
      'The 3 instances with the lowest free storage space in Oregon over the last 15 minutes: payroll at 11.8 gigabytes, 5.9 percent free, blog at 5 gigabytes, 25 percent free, and ledger at 2 gigabytes. One is an Aurora instance, with no allocated storage: it is ranked after the others, by gigabytes of local storage free.',
    );
    const card = first.response.card as { content?: string };
    expect(card.content).toContain('3. ledger in Oregon at 2 gigabytes');
    expect(card.content).toContain('ranked after the others');
  });

  it('ja-JP: says the share free and why Aurora is ranked by gigabytes', async () => {
    mockMetrics(
      {
        'us-west-2': [
          dbInstance({ identifier: 'prod-payroll-01', name: 'payroll', extra: { AllocatedStorage: 200 } }),
          dbInstance({ identifier: 'prod-ledger-01', name: 'ledger', engine: 'aurora-postgresql' }),
        ],
      },
      { values: { 'prod-payroll-01': 11.8 * 1024 ** 3, 'prod-ledger-01': 2 * 1024 ** 3 } },
    );
    const { skill } = createTestSkill({ env: REGIONS });

    const response = await skill.invoke(
      intentRequest(
        'BusiestInstances',
        {
          region: OREGON,
          metric: { value: '空き容量', id: 'FreeStorageSpace', type: 'METRIC' },
          top: { value: '2', type: 'AMAZON.NUMBER' },
        },
        { locale: 'ja-JP' },
      ),
    );

    expect(spoken(response)).toContain('payrollで11.8ギガバイト（空き5.9パーセント）、ledgerで2ギガバイト');
    expect(spoken(response)).toContain(
      'Auroraのインスタンス1台には割り当てストレージがないため、ほかのインスタンスの後に、ローカルストレージの空き容量（ギガバイト）で並べています。',
    );
  });
});

describe('Handler: NumberOfInstances and ListInstances by engine', () => {
  const fleet = {
    'us-west-2': [
      dbInstance({ identifier: 'a', name: 'orders', engine: 'mysql', environment: 'production' }),
      dbInstance({ identifier: 'b', name: 'blog', engine: 'aurora-mysql', environment: 'production' }),
      dbInstance({ identifier: 'c', name: 'billing', engine: 'postgres', environment: 'production' }),
      dbInstance({ identifier: 'd', name: 'ledger', engine: 'aurora-postgresql', environment: 'staging' }),
      dbInstance({ identifier: 'e', name: 'erp', engine: 'oracle-ee', environment: 'production' }),
      dbInstance({ identifier: 'f', name: 'crm', engine: 'sqlserver-se', environment: 'production' }),
      dbInstance({ identifier: 'g', name: 'shop', engine: 'mariadb', environment: 'production' }),
    ],
  };
  const engine = (id: string, value = id): SlotSpec => ({ value, id, type: 'ENGINE' });

  it.each([
    ['mysql', 'You have 2 MySQL instances in Oregon.'],
    ['postgres', 'You have 2 PostgreSQL instances in Oregon.'],
    ['oracle', 'You have 1 Oracle instance in Oregon.'],
    ['sqlserver', 'You have 1 SQL Server instance in Oregon.'],
    ['mariadb', 'You have 1 MariaDB instance in Oregon.'],
    ['aurora', 'You have 2 Aurora instances in Oregon.'],
    ['auroraPostgres', 'You have 1 Aurora PostgreSQL instance in Oregon.'],
  ])('counts the %s family, Aurora under its own', async (family, said) => {
    // Prepare
    const rds = mockFleet(fleet);
    restore = () => rds.restore();
    const { skill } = createTestSkill({ env: REGIONS });

    // Act
    const response = await skill.invoke(
      intentRequest('NumberOfInstances', { region: OREGON, engine: engine(family) }),
    );

    // Assess
    expect(spoken(response)).toBe(said);
  });

  it('lists the PostgreSQL databases in production', async () => {
    // Prepare
    const rds = mockFleet(fleet);
    restore = () => rds.restore();
    const { skill } = createTestSkill({ env: REGIONS });

    // Act
    const response = await skill.invoke(
      intentRequest('ListInstances', {
        region: OREGON,
        engine: engine('postgres', 'postgres'),
        environment: PRODUCTION,
      }),
    );

    // Assess
    expect(spoken(response)).toBe('In Oregon you have 1 production PostgreSQL instance: billing.');
  });

  it('answers an engine it does not know with one clear sentence and counts nothing', async () => {
    // Prepare
    const rds = mockFleet(fleet);
    restore = () => rds.restore();
    const { skill } = createTestSkill({ env: REGIONS });

    // Act
    const response = await skill.invoke(
      intentRequest('NumberOfInstances', { region: OREGON, engine: { value: 'cassandra' } }),
    );

    // Assess
    expect(spoken(response)).toMatch(/cassandra/);
    expect(spoken(response)).not.toMatch(/You have/);
  });
});
