import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  type DBInstance,
  DescribeDBInstancesCommand,
  DescribeEventsCommand,
  DescribePendingMaintenanceActionsCommand,
  type Event,
  type ResourcePendingMaintenanceActions,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { intentRequest, type SlotSpec, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill, NOW } from '../../helpers/testSkill.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const REGIONS = { DBVOICE_REGIONS: 'us-west-2,eu-west-1' };
const OREGON: SlotSpec = { value: 'oregon', id: 'us-west-2', type: 'REGION' };

interface RegionWorld {
  instances: DBInstance[];
  alarms?: { name: string; instance: string; metric?: string }[];
  maintenance?: ResourcePendingMaintenanceActions[];
  events?: Event[];
}

function sdkError(name: string, status: number): Error {
  return Object.assign(new Error(`${name} happened`), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });
}

/** Pages of `size` with a numeric token, as the services page. */
function page<T>(items: readonly T[], token: string | undefined, size: number) {
  const start = token ? Number(token) : 0;
  const next = start + size < items.length ? String(start + size) : undefined;
  return { items: items.slice(start, start + size), next };
}

let restore: () => void = () => {};
afterEach(() => restore());

/** A world per Region behind RDS and CloudWatch mocks; `failing` names a call that fails in a Region. */
function mockWorld(world: Record<string, RegionWorld>, failing: { region: string; call: string }[] = []) {
  const fails = (region: string, call: string) => failing.some((f) => f.region === region && f.call === call);
  const rds = mockFleet(Object.fromEntries(Object.entries(world).map(([r, w]) => [r, w.instances])));
  rds.on(DescribeDBInstancesCommand).callsFake(async (input: { Marker?: string }, getClient) => {
    const region = await getClient().config.region();
    if (fails(region, 'DescribeDBInstances')) throw sdkError('InternalFailure', 500);
    const { items, next } = page(world[region]?.instances ?? [], input.Marker, 100);
    return { DBInstances: items, ...(next ? { Marker: next } : {}) };
  });
  rds
    .on(DescribePendingMaintenanceActionsCommand)
    .callsFake(async (input: { Marker?: string; MaxRecords?: number }, getClient) => {
      const region = await getClient().config.region();
      if (fails(region, 'DescribePendingMaintenanceActions')) throw sdkError('ThrottlingException', 400);
      const { items, next } = page(world[region]?.maintenance ?? [], input.Marker, input.MaxRecords ?? 100);
      return { PendingMaintenanceActions: items, ...(next ? { Marker: next } : {}) };
    });
  rds.on(DescribeEventsCommand).callsFake(async (_input, getClient) => {
    const region = await getClient().config.region();
    if (fails(region, 'DescribeEvents')) throw sdkError('InternalFailure', 500);
    return { Events: world[region]?.events ?? [] };
  });
  const cloudWatch = mockClient(CloudWatchClient);
  cloudWatch
    .on(DescribeAlarmsCommand)
    .callsFake(async (input: { NextToken?: string; MaxRecords?: number; StateValue?: string }, getClient) => {
      const region = await getClient().config.region();
      if (fails(region, 'DescribeAlarms')) throw sdkError('InternalFailure', 500);
      const alarms = (world[region]?.alarms ?? []).map((a) => ({
        AlarmName: a.name,
        StateValue: 'ALARM' as const,
        MetricName: a.metric ?? 'CPUUtilization',
        Namespace: 'AWS/RDS',
        Dimensions: [{ Name: 'DBInstanceIdentifier', Value: a.instance }],
      }));
      const { items, next } = page(
        input.StateValue === 'ALARM' ? alarms : [],
        input.NextToken,
        input.MaxRecords ?? 100,
      );
      return { MetricAlarms: items, ...(next ? { NextToken: next } : {}) };
    });
  restore = () => {
    rds.restore();
    cloudWatch.restore();
  };
  return { rds, cloudWatch };
}

const arn = (region: string, id: string) => `arn:aws:rds:${region}:123456789012:db:${id}`;

const CALM_OREGON: RegionWorld = {
  instances: [
    dbInstance({ identifier: 'prod-hr-01', name: 'hr', environment: 'production' }),
    dbInstance({ identifier: 'prod-blog-01', name: 'blog', environment: 'production' }),
  ],
};

async function ask(slots: Record<string, SlotSpec> = {}) {
  const { skill } = createTestSkill({ env: REGIONS });
  return skill.invoke(intentRequest('FleetHealth', slots));
}

describe('Handler: FleetHealth', () => {
  it('says all clear plainly when nothing is wrong in any Region', async () => {
    // Prepare
    mockWorld({
      'us-west-2': CALM_OREGON,
      'eu-west-1': { instances: [dbInstance({ identifier: 'shop-01', name: 'shop', region: 'eu-west-1' })] },
    });

    // Act
    const response = await ask();

    // Assess
    expect(spoken(response)).toBe(
      'All clear in your 2 Regions: 3 instances, none down or stopped, no alarms firing, no restarts in the last hour and no maintenance due this week.',
    );
  });

  it('answers "is anything wrong with reporting" for the instance reporting, never all clear, when no environment is called that', async () => {
    // Prepare: Alexa put the instance's name in the environment slot
    mockWorld({
      'us-west-2': {
        instances: [
          dbInstance({ identifier: 'prod-reporting-01', name: 'reporting', environment: 'production' }),
          dbInstance({ identifier: 'prod-hr-01', name: 'hr', environment: 'production' }),
        ],
        alarms: [
          { name: 'prod-reporting-01-high-cpu', instance: 'prod-reporting-01' },
          { name: 'prod-hr-01-high-cpu', instance: 'prod-hr-01' },
        ],
      },
    });

    // Act
    const response = await ask({ region: OREGON, environment: { value: 'reporting' } });

    // Assess
    expect(spoken(response)).toBe(
      'One thing needs attention in Oregon. reporting has 1 alarm firing: prod-reporting-01-high-cpu.',
    );
  });

  it('ranks what needs attention: down, storage, alarms, restarts, stopped, maintenance', async () => {
    // Prepare
    mockWorld({
      'us-west-2': {
        instances: [
          dbInstance({ identifier: 'prod-reporting-01', name: 'reporting' }),
          dbInstance({ identifier: 'prod-payroll-01', name: 'payroll' }),
          dbInstance({ identifier: 'stg-analytics-01', name: 'analytics', status: 'stopped' }),
          dbInstance({ identifier: 'prod-ledger-01', name: 'ledger', status: 'storage-full' }),
          dbInstance({ identifier: 'prod-hr-01', name: 'hr' }),
          dbInstance({ identifier: 'prod-calm-01', name: 'calm' }),
        ],
        alarms: [
          { name: 'prod-reporting-01-high-cpu', instance: 'prod-reporting-01' },
          { name: 'prod-payroll-01-low-storage', instance: 'prod-payroll-01', metric: 'FreeStorageSpace' },
        ],
        maintenance: [
          {
            ResourceIdentifier: arn('us-west-2', 'prod-hr-01'),
            PendingMaintenanceActionDetails: [
              {
                Action: 'system-update',
                AutoAppliedAfterDate: new Date(NOW + 3 * DAY),
                ForcedApplyDate: new Date(NOW + 10 * DAY),
                CurrentApplyDate: new Date(NOW + 3 * DAY),
              },
            ],
          },
          {
            // Optional and a month away: not worth saying.
            ResourceIdentifier: arn('us-west-2', 'prod-calm-01'),
            PendingMaintenanceActionDetails: [
              { Action: 'db-upgrade', CurrentApplyDate: new Date(NOW + 30 * DAY) },
            ],
          },
        ],
        events: [
          {
            SourceIdentifier: 'prod-hr-01',
            SourceType: 'db-instance',
            Message: 'DB instance restarted',
            EventCategories: ['availability'],
            Date: new Date(NOW - 15 * MINUTE),
          },
          {
            SourceIdentifier: 'prod-calm-01',
            SourceType: 'db-instance',
            Message: 'Finished DB Instance backup',
            EventCategories: ['backup'],
            Date: new Date(NOW - 5 * MINUTE),
          },
        ],
      },
    });

    // Act
    const response = await ask({ region: OREGON });

    // Assess
    expect(spoken(response)).toBe(
      [
        '6 things need attention in Oregon.',
        'ledger is storage full.',
        'payroll is nearly out of storage; alarm prod-payroll-01-low-storage is firing.',
        'reporting has 1 alarm firing: prod-reporting-01-high-cpu.',
        'hr restarted 15 minutes ago.',
        'analytics is stopped.',
        'And 1 more on the card.',
      ].join(' '),
    );
    expect(response.response.card).toMatchObject({
      title: 'Fleet health',
      content: expect.stringContaining(
        '• hr in Oregon has required maintenance: a system update, due in 3 days.',
      ),
    });
  });

  it('keeps to the call budget: one call per page of alarms, maintenance and instances, one DescribeEvents per Region', async () => {
    // Prepare: 250 instances, 150 firing alarms and 120 pending actions in each Region.
    const world = (region: string): RegionWorld => {
      const ids = Array.from({ length: 250 }, (_, i) => `db-${String(i).padStart(3, '0')}`);
      return {
        instances: ids.map((id) => dbInstance({ identifier: id, name: id, region })),
        alarms: ids.slice(0, 150).map((id) => ({ name: `${id}-cpu`, instance: id })),
        maintenance: ids.slice(0, 120).map((id) => ({
          ResourceIdentifier: arn(region, id),
          PendingMaintenanceActionDetails: [
            { Action: 'system-update', ForcedApplyDate: new Date(NOW + DAY) },
          ],
        })),
      };
    };
    const { rds, cloudWatch } = mockWorld({
      'us-west-2': world('us-west-2'),
      'eu-west-1': world('eu-west-1'),
    });

    // Act
    const response = await ask();

    // Assess
    expect(spoken(response)).toMatch(/^540 things need attention in your 2 Regions\./);
    expect(rds.commandCalls(DescribeDBInstancesCommand)).toHaveLength(2 * 3);
    expect(cloudWatch.commandCalls(DescribeAlarmsCommand)).toHaveLength(2 * 2);
    expect(rds.commandCalls(DescribePendingMaintenanceActionsCommand)).toHaveLength(2 * 2);
    expect(rds.commandCalls(DescribeEventsCommand)).toHaveLength(2);
    for (const call of cloudWatch.commandCalls(DescribeAlarmsCommand)) {
      expect(call.args[0].input).toMatchObject({ StateValue: 'ALARM' });
    }
    expect(rds.commandCalls(DescribeEventsCommand)[0]?.args[0].input).toMatchObject({ Duration: 60 });
  });

  it('reads every Region and every check at once: all four kinds of call in flight together', async () => {
    // Prepare: every call takes 50 ms; what is in flight is counted by Region and operation
    const { rds, cloudWatch } = mockWorld({ 'us-west-2': CALM_OREGON, 'eu-west-1': { instances: [] } });
    const inFlight = new Set<string>();
    let most = 0;
    const slow =
      (operation: string, reply: object) =>
      async (_input: unknown, getClient: () => { config: { region: () => Promise<string> } }) => {
        const key = `${await getClient().config.region()} ${operation}`;
        inFlight.add(key);
        most = Math.max(most, inFlight.size);
        await new Promise((resolve) => setTimeout(resolve, 50));
        inFlight.delete(key);
        return reply;
      };
    rds.on(DescribeEventsCommand).callsFake(slow('DescribeEvents', { Events: [] }));
    rds
      .on(DescribePendingMaintenanceActionsCommand)
      .callsFake(slow('DescribePendingMaintenanceActions', { PendingMaintenanceActions: [] }));
    cloudWatch.on(DescribeAlarmsCommand).callsFake(slow('DescribeAlarms', { MetricAlarms: [] }));

    // Act
    const response = await ask();

    // Assess: 2 Regions x 3 checks in flight together (the inventory runs beside them)
    expect(spoken(response)).toMatch(/^All clear in your 2 Regions/);
    expect(most).toBe(6);
  });

  it('answers from the Regions that answered and names the one that failed, never all clear', async () => {
    // Prepare
    mockWorld({ 'us-west-2': CALM_OREGON, 'eu-west-1': { instances: [] } }, [
      { region: 'eu-west-1', call: 'DescribeDBInstances' },
    ]);

    // Act
    const response = await ask();

    // Assess
    expect(spoken(response)).toBe(
      'I found nothing wrong with the 2 instances in Oregon, but I could not check everything. That is in the Regions that answered; Ireland did not answer.',
    );
  });

  it('says which check could not be read when a Region answers only in part', async () => {
    // Prepare
    mockWorld(
      {
        'us-west-2': { ...CALM_OREGON, alarms: [{ name: 'prod-hr-01-cpu', instance: 'prod-hr-01' }] },
        'eu-west-1': {
          instances: [dbInstance({ identifier: 'shop-01', name: 'shop', region: 'eu-west-1' })],
        },
      },
      [
        { region: 'eu-west-1', call: 'DescribeAlarms' },
        { region: 'us-west-2', call: 'DescribePendingMaintenanceActions' },
      ],
    );

    // Act
    const response = await ask();

    // Assess
    expect(spoken(response)).toBe(
      'One thing needs attention in your 2 Regions. hr in Oregon has 1 alarm firing: prod-hr-01-cpu. I could not read the pending maintenance in Oregon and the alarms in Ireland, so there may be more.',
    );
  });

  it('looks only at the environment asked for', async () => {
    // Prepare
    mockWorld({
      'us-west-2': {
        instances: [
          dbInstance({ identifier: 'prod-hr-01', name: 'hr', environment: 'production' }),
          dbInstance({
            identifier: 'stg-hr-01',
            name: 'hr-staging',
            environment: 'staging',
            status: 'stopped',
          }),
        ],
        alarms: [{ name: 'stg-hr-01-cpu', instance: 'stg-hr-01' }],
      },
      'eu-west-1': { instances: [] },
    });

    // Act
    const response = await ask({ environment: { value: 'prod', id: 'production', type: 'ENVIRONMENT' } });

    // Assess
    expect(spoken(response)).toMatch(/^All clear in your 2 Regions: 1 production instance, none down/);
  });

  it('counts a failover of an Aurora cluster and a low-storage event below 10 percent', async () => {
    // Prepare
    mockWorld({
      'us-west-2': {
        instances: [
          dbInstance({
            identifier: 'prod-blog-01',
            name: 'blog',
            engine: 'aurora-mysql',
            cluster: 'prod-blog-aurora',
          }),
          dbInstance({ identifier: 'prod-reporting-01', name: 'reporting' }),
          dbInstance({ identifier: 'prod-hr-01', name: 'hr' }),
        ],
        events: [
          {
            SourceIdentifier: 'prod-blog-aurora',
            SourceType: 'db-cluster',
            Message: 'Completed failover to DB instance: prod-blog-01',
            EventCategories: ['failover'],
            Date: new Date(NOW - 20 * MINUTE),
          },
          {
            SourceIdentifier: 'prod-reporting-01',
            SourceType: 'db-instance',
            Message:
              'The free storage capacity for DB Instance prod-reporting-01 is low at 7% of the provisioned storage.',
            Date: new Date(NOW - 10 * MINUTE),
          },
          {
            SourceIdentifier: 'prod-hr-01',
            SourceType: 'db-instance',
            Message:
              'The free storage capacity for DB Instance prod-hr-01 is low at 18% of the provisioned storage.',
            Date: new Date(NOW - 10 * MINUTE),
          },
        ],
      },
    });

    // Act
    const response = await ask({ region: OREGON });

    // Assess
    expect(spoken(response)).toBe(
      '2 things need attention in Oregon. reporting is nearly out of storage, 7 percent free. prod-blog-aurora failed over 20 minutes ago.',
    );
  });
});

describe('Handler: FleetAlarms', () => {
  it('names the firing alarms of every Region by instance, one DescribeAlarms per page per Region', async () => {
    // Prepare
    const { cloudWatch } = mockWorld({
      'us-west-2': {
        instances: [
          dbInstance({ identifier: 'prod-reporting-01', name: 'reporting' }),
          dbInstance({ identifier: 'prod-hr-01', name: 'hr' }),
        ],
        alarms: [
          { name: 'prod-reporting-01-cpu', instance: 'prod-reporting-01' },
          { name: 'prod-reporting-01-connections', instance: 'prod-reporting-01' },
          { name: 'some-ec2-alarm', instance: 'i-0123' },
        ],
      },
      'eu-west-1': {
        instances: [dbInstance({ identifier: 'shop-01', name: 'shop', region: 'eu-west-1' })],
        alarms: [{ name: 'shop-01-storage', instance: 'shop-01', metric: 'FreeStorageSpace' }],
      },
    });

    // Act
    const { skill } = createTestSkill({ env: REGIONS });
    const response = await skill.invoke(intentRequest('FleetAlarms', {}));

    // Assess
    expect(spoken(response)).toBe(
      '3 alarms are firing in your 2 Regions: on reporting in Oregon, prod-reporting-01-connections and prod-reporting-01-cpu; on shop in Ireland, shop-01-storage.',
    );
    expect(cloudWatch.commandCalls(DescribeAlarmsCommand)).toHaveLength(2);
  });

  it('keeps to the application asked for and never says "no alarms" when a Region could not be read', async () => {
    // Prepare
    mockWorld(
      {
        'us-west-2': {
          instances: [
            dbInstance({ identifier: 'prod-billing-01', name: 'billing', application: 'billing' }),
            dbInstance({ identifier: 'prod-hr-01', name: 'hr', application: 'hr' }),
          ],
          alarms: [{ name: 'prod-hr-01-cpu', instance: 'prod-hr-01' }],
        },
        'eu-west-1': {
          instances: [
            dbInstance({
              identifier: 'billing-eu-01',
              name: 'billing-eu',
              application: 'billing',
              region: 'eu-west-1',
            }),
          ],
        },
      },
      [{ region: 'eu-west-1', call: 'DescribeAlarms' }],
    );

    // Act
    const { skill } = createTestSkill({ env: REGIONS });
    const response = await skill.invoke(intentRequest('FleetAlarms', { application: { value: 'billing' } }));

    // Assess
    expect(spoken(response)).toBe(
      'No alarms are firing on your instances of application billing in your 2 Regions that I could read. I could not read the alarms in Ireland, so there may be more.',
    );
  });
});

describe('Handler: ListInstancesByState', () => {
  const STATE_FLEET: Record<string, RegionWorld> = {
    'us-west-2': {
      instances: [
        dbInstance({ identifier: 'stg-analytics-01', name: 'analytics', status: 'stopped' }),
        dbInstance({ identifier: 'prod-hr-01', name: 'hr', status: 'rebooting' }),
        dbInstance({ identifier: 'prod-blog-01', name: 'blog', status: 'backing-up' }),
      ],
    },
    'eu-west-1': {
      instances: [
        dbInstance({ identifier: 'shop-01', name: 'shop', status: 'stopped', region: 'eu-west-1' }),
      ],
    },
  };

  it('lists the stopped instances of every Region from one DescribeDBInstances per Region', async () => {
    // Prepare
    const { rds } = mockWorld(STATE_FLEET);

    // Act
    const { skill } = createTestSkill({ env: REGIONS });
    const response = await skill.invoke(
      intentRequest('ListInstancesByState', {
        state: { value: 'shut down', id: 'stopped', type: 'INSTANCE_STATE' },
      }),
    );

    // Assess
    expect(spoken(response)).toBe(
      '2 instances are stopped in your 2 Regions: shop in Ireland and analytics in Oregon.',
    );
    expect(rds.commandCalls(DescribeDBInstancesCommand)).toHaveLength(2);
  });

  it('names each status when asked what is not available, and a backing-up instance is available', async () => {
    // Prepare
    mockWorld(STATE_FLEET);

    // Act
    const { skill } = createTestSkill({ env: REGIONS });
    const response = await skill.invoke(
      intentRequest('ListInstancesByState', {
        state: { value: 'not available', id: 'notAvailable', type: 'INSTANCE_STATE' },
        region: OREGON,
      }),
    );

    // Assess
    expect(spoken(response)).toBe(
      '2 instances are not available in Oregon: analytics, stopped and hr, rebooting.',
    );
  });

  it('says plainly when nothing is in that state', async () => {
    // Prepare
    mockWorld(STATE_FLEET);

    // Act
    const { skill } = createTestSkill({ env: REGIONS });
    const response = await skill.invoke(
      intentRequest('ListInstancesByState', {
        state: { value: 'failed', id: 'failed', type: 'INSTANCE_STATE' },
        region: OREGON,
      }),
    );

    // Assess
    expect(spoken(response)).toBe('No instances are failed in Oregon.');
  });

  it('lists every pending maintenance action, required or not, soonest first, one call per page per Region', async () => {
    // Prepare: a required update in 3 days, an optional upgrade in 40 days (fleet health leaves it out)
    const { rds } = mockWorld({
      'us-west-2': {
        ...CALM_OREGON,
        maintenance: [
          {
            ResourceIdentifier: arn('us-west-2', 'prod-blog-01'),
            PendingMaintenanceActionDetails: [
              { Action: 'db-upgrade', CurrentApplyDate: new Date(NOW + 40 * DAY) },
            ],
          },
          {
            ResourceIdentifier: arn('us-west-2', 'prod-hr-01'),
            PendingMaintenanceActionDetails: [
              { Action: 'system-update', ForcedApplyDate: new Date(NOW + 3 * DAY) },
            ],
          },
        ],
      },
      'eu-west-1': { instances: [] },
    });
    const { skill } = createTestSkill({ env: REGIONS });

    // Act
    const response = await skill.invoke(intentRequest('PendingMaintenance', {}));
    const health = await ask();

    // Assess
    expect(spoken(response)).toBe(
      '2 maintenance actions are pending in your 2 Regions. hr in Oregon has required maintenance: a system update, due in 3 days. blog in Oregon has maintenance: an engine upgrade, due in 40 days.',
    );
    expect(spoken(health)).toMatch(/^One thing needs attention/);
    expect(rds.commandCalls(DescribePendingMaintenanceActionsCommand)).toHaveLength(2 + 2);
  });

  it('never says no maintenance is pending when a Region could not be read', async () => {
    // Prepare
    mockWorld({ 'us-west-2': CALM_OREGON, 'eu-west-1': { instances: [] } }, [
      { region: 'eu-west-1', call: 'DescribePendingMaintenanceActions' },
    ]);
    const { skill } = createTestSkill({ env: REGIONS });

    // Act
    const response = await skill.invoke(intentRequest('PendingMaintenance', {}));

    // Assess
    expect(spoken(response)).toBe(
      'No maintenance is pending for your instances in your 2 Regions that I could read. I could not read the pending maintenance in Ireland, so there may be more.',
    );
  });
});
