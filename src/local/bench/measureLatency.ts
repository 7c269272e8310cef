import { startLocalStack } from '../console/startLocalStack.js';
import { createControlClient } from '../emulator/controlClient.js';
import { syntheticFleet } from '../emulator/fleet/syntheticFleet.js';
import { benchIntents } from './benchIntents.js';
import { markdownTable } from './markdownTable.js';
import { percentile } from './percentile.js';
import { runTurn } from './runTurn.js';

/**
 * p50/p95 response time per intent with every AWS call delayed by `latencyMs`, for a cold inventory
 * (INVENTORY_TTL near zero: every request describes the Region) and a warm one.
 */
export async function measureLatency(
  bundleDir: string,
  options: { latencyMs: number; samples: number; instances: number },
): Promise<{ table: string; ok: boolean }> {
  const rows: (string | number)[][] = [];
  let ok = true;
  const stack = await startLocalStack({
    fleet: syntheticFleet({ instancesPerRegion: options.instances, regions: ['us-west-2'] }),
    bundleDir,
    emulatorSettings: { commandDelayMs: 300 },
  });
  try {
    await createControlClient(stack.emulator.url).addFault({ latencyMs: options.latencyMs });
    for (const mode of ['cold', 'warm'] as const) {
      await stack.restartSkill({ INVENTORY_TTL_SECONDS: mode === 'cold' ? '0.001' : '300' });
      for (const bench of benchIntents('oregon')) {
        const times: number[] = [];
        for (let i = 0; i < options.samples; i++)
          times.push((await runTurn(() => stack.newSession(), bench)).durationMs);
        const p95 = percentile(times, 95);
        ok &&= p95 < 8000;
        rows.push([bench.label, mode, percentile(times, 50), p95, Math.max(...times)]);
      }
    }
  } finally {
    await stack.close();
  }
  return { table: markdownTable(['intent', 'inventory', 'p50 ms', 'p95 ms', 'max ms'], rows), ok };
}
