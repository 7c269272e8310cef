import type { Intent } from 'ask-sdk-model';
import { markdownTable } from './markdownTable.js';
import { FLOOR_COLUMNS, type FloorQuestion, floorRow, measureAgainstFloor } from './measureAgainstFloor.js';
import { FLOOR_RATIO_TARGET } from './measureFleetHealth.js';

const intent = (name: string): Intent => ({ name, confirmationStatus: 'NONE', slots: {} });

/** Both read only the inventory: one DescribeDBInstances per page per Region. */
const QUESTIONS: FloorQuestion[] = [
  { label: 'NumberOfInstances (all regions)', intent: intent('NumberOfInstances'), floor: 'inventoryFloor' },
  { label: 'ListInstances (all regions)', intent: intent('ListInstances'), floor: 'inventoryFloor' },
];

/**
 * "All regions" answers across `regions` Regions of `perRegion` instances, each call delayed by `latencyMs`,
 * against the floor of the same DescribeDBInstances pages with bare SDK clients. Met when each answer keeps
 * to one call per page, stays under 8 s cold, and its warm answer is within FLOOR_RATIO_TARGET of the floor.
 */
export async function measureAllRegions(
  bundleDir: string,
  options: { regions: number; perRegion: number; latencyMs: number; samples: number },
): Promise<{ table: string; ok: boolean }> {
  const measured = await measureAgainstFloor(bundleDir, QUESTIONS, options);
  const pages = options.regions * Math.max(1, Math.ceil(options.perRegion / 100));
  const ok = measured.every(
    (m) =>
      (m.calls.DescribeDBInstances ?? 0) <= pages &&
      m.coldMs < 8000 &&
      m.warmMs / m.floorMs <= FLOOR_RATIO_TARGET,
  );
  return {
    table: `${markdownTable(FLOOR_COLUMNS, measured.map(floorRow))}\n\nTarget: one DescribeDBInstances per page per Region, and the warm answer within ${FLOOR_RATIO_TARGET}× the floor.`,
    ok,
  };
}
