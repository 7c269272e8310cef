import type { Intent } from 'ask-sdk-model';
import { markdownTable } from './markdownTable.js';
import { FLOOR_COLUMNS, type FloorQuestion, floorRow, measureAgainstFloor } from './measureAgainstFloor.js';

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
 * "How is the fleet" (and the busiest instance) over `regions` Regions at each size in `perRegion`, then the
 * target row, 20 × 50, whose warm answer must be within FLOOR_RATIO_TARGET of its floor.
 */
export async function measureFleetHealth(
  bundleDir: string,
  options: { regions: number; perRegion: readonly number[]; latencyMs: number; samples: number },
): Promise<{ table: string; ok: boolean }> {
  const rows: (string | number)[][] = [];
  for (const perRegion of options.perRegion) {
    const measured = await measureAgainstFloor(bundleDir, [FLEET_HEALTH, BUSIEST], {
      regions: options.regions,
      perRegion,
      latencyMs: options.latencyMs,
      // 1,000 instances a Region is slow to serve 20 times over: fewer samples there.
      samples: perRegion >= 1000 ? Math.min(options.samples, 2) : options.samples,
    });
    rows.push(...measured.map(floorRow));
  }
  const [target] = await measureAgainstFloor(bundleDir, [FLEET_HEALTH], {
    regions: options.regions,
    perRegion: 50,
    latencyMs: options.latencyMs,
    samples: options.samples,
  });
  const ratio = target!.warmMs / target!.floorMs;
  const ok = ratio <= FLOOR_RATIO_TARGET;
  rows.push([`target: ${floorRow(target!)[0]}`, ...floorRow(target!).slice(1)]);
  return {
    table: `${markdownTable(FLOOR_COLUMNS, rows)}\n\nTarget: the warm answer over ${options.regions} Regions × 50 instances within ${FLOOR_RATIO_TARGET}× the floor: ${ratio.toFixed(2)}× (${ok ? 'met' : 'missed'}).`,
    ok,
  };
}
