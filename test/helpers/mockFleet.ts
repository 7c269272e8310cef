import {
  type DBInstance,
  DescribeDBInstancesCommand,
  DescribePendingMaintenanceActionsCommand,
  ListTagsForResourceCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';

/**
 * Mocks RDS DescribeDBInstances per Region with real pagination (MaxRecords/Marker), the way RDS pages
 * a large fleet. Returns the mock so tests can count calls.
 */
export function mockFleet(fleet: Record<string, DBInstance[]>) {
  const rds = mockClient(RDSClient);
  rds
    .on(DescribeDBInstancesCommand)
    .callsFake(async (input: { MaxRecords?: number; Marker?: string }, getClient) => {
      const region = await getClient().config.region();
      const all = fleet[region] ?? [];
      const size = input.MaxRecords ?? 100;
      const start = input.Marker ? Number(input.Marker) : 0;
      const page = all.slice(start, start + size);
      const next = start + size < all.length ? String(start + size) : undefined;
      return { DBInstances: page, ...(next ? { Marker: next } : {}) };
    });
  // An account with nothing scheduled, unless a test says otherwise.
  rds.on(DescribePendingMaintenanceActionsCommand).resolves({ PendingMaintenanceActions: [] });
  rds.on(ListTagsForResourceCommand).rejects(new Error('The skill must never call ListTagsForResource'));
  return rds;
}
