import {
  CloudWatchClient,
  type MetricDataQuery,
  paginateDescribeAlarms,
  paginateGetMetricData,
} from '@aws-sdk/client-cloudwatch';
import {
  DescribeEventsCommand,
  paginateDescribeDBInstances,
  paginateDescribePendingMaintenanceActions,
  RDSClient,
} from '@aws-sdk/client-rds';

/** The floor programs by name, as floorWorker.mjs calls them: (clients of one Region, now) => work. */
export const FLOORS = ['inventoryFloor', 'fleetHealthFloor', 'busiestFloor'] as const;

/** Bare SDK v3 clients of one Region: defaults only, pointed at the emulator. */
export interface FloorClients {
  readonly rds: RDSClient;
  readonly cloudWatch: CloudWatchClient;
}

export function floorClients(endpoint: string, region: string): FloorClients {
  const config = {
    endpoint,
    region,
    credentials: { accessKeyId: 'AKIABENCHFLOOR000000', secretAccessKey: 'bench-floor-secret' },
  };
  return { rds: new RDSClient(config), cloudWatch: new CloudWatchClient(config) };
}

async function drain<P>(pages: AsyncIterable<P>): Promise<P[]> {
  const all: P[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

/** The inventory of a Region as the skill reads it: DescribeDBInstances, 100 a page, nothing else. */
export async function inventoryFloor(clients: FloorClients): Promise<number> {
  const pages = await drain(paginateDescribeDBInstances({ client: clients.rds, pageSize: 100 }, {}));
  return pages.reduce((sum, page) => sum + (page.DBInstances?.length ?? 0), 0);
}

/**
 * The calls of "how is the fleet" in one Region, in parallel as the skill makes them: the inventory,
 * DescribeAlarms (StateValue=ALARM), DescribePendingMaintenanceActions (100 a page) and one DescribeEvents.
 */
export async function fleetHealthFloor(clients: FloorClients): Promise<number> {
  const [instances] = await Promise.all([
    inventoryFloor(clients),
    drain(paginateDescribeAlarms({ client: clients.cloudWatch, pageSize: 100 }, { StateValue: 'ALARM' })),
    drain(paginateDescribePendingMaintenanceActions({ client: clients.rds, pageSize: 100 }, {})),
    clients.rds.send(new DescribeEventsCommand({ Duration: 60, MaxRecords: 100 })),
  ]);
  return instances;
}

/** "What's the busiest instance?" in one Region: the inventory, then one GetMetricData per 500 instances. */
export async function busiestFloor(clients: FloorClients, now: number): Promise<number> {
  const pages = await drain(paginateDescribeDBInstances({ client: clients.rds, pageSize: 100 }, {}));
  const ids = pages.flatMap((page) => page.DBInstances ?? []).map((i) => i.DBInstanceIdentifier ?? '');
  const end = new Date(Math.floor(now / 60_000) * 60_000);
  const start = new Date(end.getTime() - 15 * 60_000);
  const queries: MetricDataQuery[] = ids.map((id, i) => ({
    Id: `m${i}`,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/RDS',
        MetricName: 'CPUUtilization',
        Dimensions: [{ Name: 'DBInstanceIdentifier', Value: id }],
      },
      Period: 900,
      Stat: 'Average',
    },
  }));
  const calls: Promise<unknown>[] = [];
  for (let i = 0; i < queries.length; i += 500) {
    const input = { StartTime: start, EndTime: end, MetricDataQueries: queries.slice(i, i + 500) };
    calls.push(drain(paginateGetMetricData({ client: clients.cloudWatch }, input)));
  }
  await Promise.all(calls);
  return ids.length;
}
