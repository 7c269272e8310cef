import {
  DescribePendingMaintenanceActionsCommand,
  paginateDescribePendingMaintenanceActions,
  RDSClient,
} from '@aws-sdk/client-rds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { clientConfig } from './support/clientConfig.js';

const DAY_MS = 86_400_000;

describe('Emulator: DescribePendingMaintenanceActions', () => {
  let emulator: Emulator;
  let rds: RDSClient;

  beforeAll(async () => {
    emulator = await createEmulator({
      fleet: {
        regions: {
          'us-west-2': {
            instances: Array.from({ length: 25 }, (_, i) => ({
              identifier: `db-${String(i).padStart(2, '0')}`,
              engine: 'mysql' as const,
            })),
            pendingMaintenance: [
              ...Array.from({ length: 25 }, (_, i) => ({
                resource: `db-${String(i).padStart(2, '0')}`,
                action: 'system-update' as const,
              })),
              { resource: 'DB-03', action: 'db-upgrade', required: true, dueInDays: 2 },
            ],
          },
        },
      },
    });
    rds = new RDSClient(clientConfig(emulator));
  });
  afterAll(async () => {
    rds.destroy();
    await emulator.close();
  });

  it('lists a required action with its dates and an optional one without', async () => {
    // Act
    const { PendingMaintenanceActions = [] } = await rds.send(
      new DescribePendingMaintenanceActionsCommand({
        Filters: [{ Name: 'db-instance-id', Values: ['db-03'] }],
      }),
    );

    // Assess
    expect(PendingMaintenanceActions).toHaveLength(1);
    const [resource] = PendingMaintenanceActions;
    expect(resource?.ResourceIdentifier).toBe('arn:aws:rds:us-west-2:123456789012:db:db-03');
    const [optional, required] = resource?.PendingMaintenanceActionDetails ?? [];
    expect(optional).toMatchObject({ Action: 'system-update' });
    expect(optional?.AutoAppliedAfterDate).toBeUndefined();
    expect(required).toMatchObject({ Action: 'db-upgrade' });
    const due = required?.CurrentApplyDate?.getTime() ?? 0;
    expect(Math.abs(due - (Date.now() + 2 * DAY_MS))).toBeLessThan(60_000);
    expect(required?.AutoAppliedAfterDate?.getTime()).toBe(due);
    expect(required?.ForcedApplyDate?.getTime()).toBeGreaterThan(due);
  });

  it('pages over resources with MaxRecords and Marker', async () => {
    // Act
    const pages = [];
    for await (const page of paginateDescribePendingMaintenanceActions({ client: rds, pageSize: 20 }, {})) {
      pages.push(page.PendingMaintenanceActions ?? []);
    }

    // Assess
    expect(pages.map((p) => p.length)).toEqual([20, 5]);
    expect(new Set(pages.flat().map((r) => r.ResourceIdentifier)).size).toBe(25);
  });

  it('refuses a fleet file action RDS does not have, naming its path', async () => {
    // Act
    const start = createEmulator({
      fleet: {
        regions: {
          'us-west-2': { pendingMaintenance: [{ resource: 'db-01', action: 'reboot' as 'db-upgrade' }] },
        },
      },
    });

    // Assess
    await expect(start).rejects.toThrow(/regions\.us-west-2\.pendingMaintenance\[0\]\.action/);
  });
});
