import { describe, expect, it } from 'vitest';
import {
  FLOOR_COLUMNS,
  floorRow,
  measureAgainstFloor,
} from '../../../src/local/bench/measureAgainstFloor.js';
import { withinBudget } from '../../../src/local/bench/measureFleetHealth.js';

describe('Bench: measureAgainstFloor (smoke, tiny sizes)', () => {
  it('measures the skill cold and warm and each floor in its worker, with the calls the skill made', {
    timeout: 120_000,
  }, async () => {
    // Act: 2 Regions of 3 instances, no injected latency, one sample each
    const [health, busiest, count] = await measureAgainstFloor(
      undefined,
      [
        {
          label: 'FleetHealth',
          intent: { name: 'FleetHealth', confirmationStatus: 'NONE', slots: {} },
          floor: 'fleetHealthFloor',
        },
        {
          label: 'BusiestInstances',
          intent: { name: 'BusiestInstances', confirmationStatus: 'NONE', slots: {} },
          floor: 'busiestFloor',
        },
        {
          label: 'NumberOfInstances',
          intent: { name: 'NumberOfInstances', confirmationStatus: 'NONE', slots: {} },
          floor: 'inventoryFloor',
        },
      ],
      { regions: 2, perRegion: 3, latencyMs: 0, samples: 1 },
    );

    // Assess
    expect(health?.calls).toMatchObject({
      DescribeDBInstances: 2,
      DescribeAlarms: 2,
      DescribePendingMaintenanceActions: 2,
      DescribeEvents: 2,
    });
    expect(busiest?.calls).toMatchObject({ DescribeDBInstances: 2, GetMetricData: 2 });
    expect(busiest?.speech).toMatch(/^The busiest instance in your 2 Regions by CPU utilization/);
    expect(count?.calls).toEqual({ DescribeDBInstances: 2 });
    expect([health, busiest, count].map((m) => withinBudget(m!))).toEqual([true, true, true]);
    expect(withinBudget({ ...health!, calls: { ...health!.calls, DescribeEvents: 3 } })).toBe(false);
    for (const m of [health!, busiest!, count!]) {
      for (const ms of [m.coldMs, m.warmMs, m.floorMs, m.floorNewClientsMs]) expect(ms).toBeGreaterThan(0);
      expect(floorRow(m)).toHaveLength(FLOOR_COLUMNS.length);
    }
  });
});
