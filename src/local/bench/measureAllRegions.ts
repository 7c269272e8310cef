import { REGIONS } from '../../skill/domain/fleet/regions.js';
import { startLocalStack } from '../console/startLocalStack.js';
import { createControlClient } from '../emulator/controlClient.js';
import { syntheticFleet } from '../emulator/fleet/syntheticFleet.js';
import type { BenchIntent } from './benchIntents.js';
import { markdownTable } from './markdownTable.js';
import { percentile } from './percentile.js';
import { runTurn } from './runTurn.js';

const QUESTIONS: BenchIntent[] = [
  {
    label: 'NumberOfInstances (all regions)',
    intent: { name: 'NumberOfInstances', confirmationStatus: 'NONE', slots: {} },
    inventoryOnly: true,
  },
  {
    label: 'ListInstances (all regions)',
    intent: { name: 'ListInstances', confirmationStatus: 'NONE', slots: {} },
    inventoryOnly: true,
  },
];

/** "All regions" answers across 20 Regions of `perRegion` instances, each call delayed by `latencyMs`. */
export async function measureAllRegions(
  bundleDir: string,
  options: { regions: number; perRegion: number; latencyMs: number; samples: number },
): Promise<{ table: string; ok: boolean }> {
  const regions = REGIONS.slice(0, options.regions).map((r) => r.code);
  const stack = await startLocalStack({
    fleet: syntheticFleet({ instancesPerRegion: options.perRegion, regions }),
    bundleDir,
  });
  const rows: (string | number)[][] = [];
  let ok = true;
  try {
    await createControlClient(stack.emulator.url).addFault({ latencyMs: options.latencyMs });
    for (const question of QUESTIONS) {
      const times: number[] = [];
      let describes = 0;
      let speech = '';
      for (let i = 0; i < options.samples; i++) {
        await stack.restartSkill();
        const turn = await runTurn(() => stack.newSession(), question);
        times.push(turn.durationMs);
        describes = turn.calls.filter((c) => c.operation === 'DescribeDBInstances').length;
        speech = turn.speech ?? '';
      }
      const pages = regions.length * Math.max(1, Math.ceil(options.perRegion / 100));
      ok &&= describes <= pages && percentile(times, 95) < 8000;
      rows.push([
        question.label,
        regions.length,
        options.perRegion,
        describes,
        percentile(times, 50),
        percentile(times, 95),
        speech.slice(0, 70),
      ]);
    }
  } finally {
    await stack.close();
  }
  return {
    table: markdownTable(
      ['question', 'Regions', 'instances/Region', 'DescribeDBInstances', 'p50 ms', 'p95 ms', 'answer starts'],
      rows,
    ),
    ok,
  };
}
