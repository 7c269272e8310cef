import type { Intent } from 'ask-sdk-model';
import { markdownTable } from './markdownTable.js';
import {
  FLOOR_COLUMNS,
  type FloorMeasurement,
  type FloorQuestion,
  floorRow,
  measureAgainstFloor,
} from './measureAgainstFloor.js';

/** The target: a warm answer within this many times the floor's time, at 20 Regions × 50 instances. */
export const FLOOR_RATIO_TARGET = 1.3;

const intent = (name: string): Intent => ({ name, confirmationStatus: 'NONE', slots: {} });

const FLEET_HEALTH: FloorQuestion = {
  label: 'FleetHealth "how is the fleet"',
  intent: intent('FleetHealth'),
  floor: 'fleetHealthFloor',
};

const BUSIEST: FloorQuestion = {
  label: 'BusiestInstances "what\'s the busiest instance"',
  intent: intent('BusiestInstances'),
  floor: 'busiestFloor',
};

/**
 * The call budget per Region: one DescribeDBInstances per page of 100, one GetMetricData per 500 instances
 * (one page each: 500 queries of one datapoint), and one DescribeAlarms, DescribePendingMaintenanceActions and
 * DescribeEvents (the synthetic fleet has no alarm and no pending action, so one page each).
 */
export function withinBudget(m: FloorMeasurement): boolean {
  const pages = (size: number) => m.regions * Math.max(1, Math.ceil(m.perRegion / size));
  const most: Record<string, number> = {
    DescribeDBInstances: pages(100),
    GetMetricData: pages(500),
    DescribeAlarms: m.regions,
    DescribePendingMaintenanceActions: m.regions,
    DescribeEvents: m.regions,
  };
  return Object.entries(m.calls).every(([operation, count]) => count <= (most[operation] ?? 0));
}

/**
 * "How is the fleet" (and the busiest instance) over `regions` Regions at each size in `perRegion`, then the
 * target row, 20 × 50, whose warm answer must be within FLOOR_RATIO_TARGET of its floor.
 */
export async function measureFleetHealth(
  bundleDir: string,
  options: { regions: number; perRegion: readonly number[]; latencyMs: number; samples: number },
): Promise<{ table: string; ok: boolean }> {
  const rows: (string | number)[][] = [];
  const overBudget: string[] = [];
  for (const perRegion of options.perRegion) {
    const measured = await measureAgainstFloor(bundleDir, [FLEET_HEALTH, BUSIEST], {
      regions: options.regions,
      perRegion,
      latencyMs: options.latencyMs,
      // 1,000 instances a Region is slow to serve 20 times over: fewer samples there.
      samples: perRegion >= 1000 ? Math.min(options.samples, 2) : options.samples,
    });
    rows.push(...measured.map(floorRow));
    for (const m of measured)
      if (!withinBudget(m)) overBudget.push(`${m.label} at ${m.regions} × ${m.perRegion}`);
  }
  const [target] = await measureAgainstFloor(bundleDir, [FLEET_HEALTH], {
    regions: options.regions,
    perRegion: 50,
    latencyMs: options.latencyMs,
    samples: options.samples,
  });
  const ratio = target!.warmMs / target!.floorMs;
  if (!withinBudget(target!)) overBudget.push(`${target!.label} at ${target!.regions} × 50`);
  const ok = ratio <= FLOOR_RATIO_TARGET && overBudget.length === 0;
  rows.push([`target: ${floorRow(target!)[0]}`, ...floorRow(target!).slice(1)]);
  return {
    table: [
      markdownTable(FLOOR_COLUMNS, rows),
      '',
      `Target: the warm answer over ${options.regions} Regions × 50 instances within ${FLOOR_RATIO_TARGET}× the floor: ${ratio.toFixed(2)}× (${ratio <= FLOOR_RATIO_TARGET ? 'met' : 'missed'}).`,
      `Call budget per Region (one DescribeDBInstances per 100, one GetMetricData per 500, one DescribeAlarms, DescribePendingMaintenanceActions and DescribeEvents): ${overBudget.length === 0 ? 'kept' : `exceeded by ${overBudget.join('; ')}`}.`,
    ].join('\n'),
    ok,
  };
}
