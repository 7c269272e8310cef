import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Intent } from 'ask-sdk-model';
import { REGIONS } from '../../skill/domain/fleet/regions.js';
import { startLocalStack } from '../console/startLocalStack.js';
import type { CallRecord } from '../emulator/control/CallRecord.js';
import { createControlClient } from '../emulator/controlClient.js';
import { syntheticFleet } from '../emulator/fleet/syntheticFleet.js';
import type { FLOORS } from './floors/fleetCallsFloor.js';
import { percentile } from './percentile.js';

/** A fleet-wide question and the floor program that makes its calls with bare SDK clients. */
export interface FloorQuestion {
  readonly label: string;
  readonly intent: Intent;
  /** The floor program (floors/fleetCallsFloor.ts) making the same calls the skill makes in one Region. */
  readonly floor: (typeof FLOORS)[number];
}

export interface FloorMeasurement {
  readonly label: string;
  readonly regions: number;
  readonly perRegion: number;
  /** The skill's AWS calls in one answer, by operation ("DescribeDBInstances 20"). */
  readonly calls: Readonly<Record<string, number>>;
  /** p50 ms: the first answer of a fresh container (module load, client creation, calls). */
  readonly coldMs: number;
  /** p50 ms: a warm container whose inventory cache has expired (the calls again, nothing else). */
  readonly warmMs: number;
  /** p50 ms: the floor with clients created once. */
  readonly floorMs: number;
  /** p50 ms: the floor creating its clients (two per Region) for every answer. */
  readonly floorNewClientsMs: number;
  /** Median time the emulator spent on a call, less the injected latency. */
  readonly emulatorMsPerCall: number;
  readonly speech: string;
}

const SHORT_TTL = { INVENTORY_TTL_SECONDS: '0.001' };

function countByOperation(calls: readonly CallRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of calls) counts[call.operation] = (counts[call.operation] ?? 0) + 1;
  return counts;
}

/** The floor programs in a worker thread of their own, all Regions in parallel; each run says its time. */
async function startFloorWorker(endpoint: string, regions: readonly string[]) {
  const worker = new Worker(fileURLToPath(new URL('./floors/floorWorker.mjs', import.meta.url)), {
    workerData: {
      module: fileURLToPath(new URL('./floors/fleetCallsFloor.ts', import.meta.url)),
      endpoint,
      regions,
    },
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  let next = 0;
  const run = (floor: FloorQuestion['floor'], newClients: boolean) =>
    new Promise<number>((resolve, reject) => {
      const id = ++next;
      const onMessage = (message: { id: number; ms?: number; error?: string }) => {
        if (message.id !== id) return;
        worker.off('message', onMessage);
        if (message.error !== undefined) reject(new Error(`floor ${floor}: ${message.error}`));
        else resolve(message.ms ?? Number.NaN);
      };
      worker.on('message', onMessage);
      worker.postMessage({ id, floor, newClients });
    });
  return { run, stop: () => worker.terminate() };
}

/**
 * Each question over `regions` Regions of `perRegion` instances with every AWS call delayed by `latencyMs`:
 * the skill cold (fresh container) and warm (inventory cache expired, so every call is made again), against
 * a floor that makes the same calls, all Regions in parallel, with bare SDK clients against the same emulator.
 */
export async function measureAgainstFloor(
  bundleDir: string | undefined,
  questions: readonly FloorQuestion[],
  options: { regions: number; perRegion: number; latencyMs: number; samples: number },
): Promise<FloorMeasurement[]> {
  const regions = REGIONS.slice(0, options.regions).map((r) => r.code);
  const stack = await startLocalStack({
    fleet: syntheticFleet({ instancesPerRegion: options.perRegion, regions }),
    ...(bundleDir ? { bundleDir } : {}),
    env: SHORT_TTL,
  });
  const results: FloorMeasurement[] = [];
  try {
    await createControlClient(stack.emulator.url).addFault({ latencyMs: options.latencyMs });
    const ask = (question: FloorQuestion) => stack.newSession().sendIntent(question.intent, 'COMPLETED');
    for (const question of questions) {
      const cold: number[] = [];
      let calls: readonly CallRecord[] = [];
      let speech = '';
      for (let i = 0; i < options.samples; i++) {
        await stack.restartSkill(SHORT_TTL);
        const turn = await ask(question);
        cold.push(turn.durationMs);
        calls = turn.calls;
        speech = turn.speech ?? '';
      }
      const warm: number[] = [];
      const emulatorMs: number[] = [];
      for (let i = 0; i < options.samples; i++) {
        const turn = await ask(question);
        warm.push(turn.durationMs);
        for (const call of turn.calls) emulatorMs.push((call.durationMs ?? 0) - options.latencyMs);
      }
      const floorWorker = await startFloorWorker(stack.emulator.url, regions);
      const floor: number[] = [];
      const floorNew: number[] = [];
      try {
        await floorWorker.run(question.floor, false);
        for (let i = 0; i < options.samples; i++) {
          floor.push(await floorWorker.run(question.floor, false));
          floorNew.push(await floorWorker.run(question.floor, true));
        }
      } finally {
        await floorWorker.stop();
      }
      results.push({
        label: question.label,
        regions: regions.length,
        perRegion: options.perRegion,
        calls: countByOperation(calls),
        coldMs: percentile(cold, 50),
        warmMs: percentile(warm, 50),
        floorMs: percentile(floor, 50),
        floorNewClientsMs: percentile(floorNew, 50),
        emulatorMsPerCall: Math.max(0, percentile(emulatorMs, 50)),
        speech,
      });
    }
  } finally {
    await stack.close();
  }
  return results;
}

/** The table columns of a FloorMeasurement, in order. */
export const FLOOR_COLUMNS = [
  'question',
  'Regions × instances',
  'AWS calls',
  'cold p50 ms',
  'warm p50 ms',
  'floor p50 ms',
  'floor, new clients p50 ms',
  'warm ÷ floor',
  'emulator ms/call',
] as const;

export function floorRow(m: FloorMeasurement): (string | number)[] {
  return [
    m.label,
    `${m.regions} × ${m.perRegion}`,
    Object.entries(m.calls)
      .map(([operation, count]) => `${operation} ${count}`)
      .join(', '),
    m.coldMs,
    m.warmMs,
    m.floorMs,
    m.floorNewClientsMs,
    (m.warmMs / m.floorMs).toFixed(2),
    m.emulatorMsPerCall,
  ];
}
