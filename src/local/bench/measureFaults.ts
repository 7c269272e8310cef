import { startLocalStack } from '../console/startLocalStack.js';
import type { FaultRuleInput } from '../emulator/control/FaultRule.js';
import { createControlClient } from '../emulator/controlClient.js';
import { syntheticFleet } from '../emulator/fleet/syntheticFleet.js';
import { benchIntents } from './benchIntents.js';
import { markdownTable } from './markdownTable.js';
import { runTurn } from './runTurn.js';

/** Alexa gives up after about 8 s; every answer must come (and be spoken) before that. */
const ALEXA_LIMIT_MS = 8_000;

const FAULTS: { label: string; rules: FaultRuleInput[] }[] = [
  { label: 'every call 3 s slow', rules: [{ latencyMs: 3_000 }] },
  { label: 'throttled', rules: [{ error: 'throttling' }] },
  { label: 'AWS 500', rules: [{ error: 'internal' }] },
  { label: 'every call hangs', rules: [{ hang: true }] },
  {
    label: 'bastion never answers',
    rules: [{ service: 'ssm', operation: 'GetCommandInvocation', hang: true }],
  },
  {
    label: 'bastion command stays pending',
    rules: [{ service: 'ssm', operation: 'SendCommand', latencyMs: 200 }],
  },
];

/**
 * Every intent under every injected fault: the worst response time and whether something was said.
 * "Bastion command stays pending" uses a command delay longer than the request budget.
 */
export async function measureFaults(
  bundleDir: string,
): Promise<{ table: string; ok: boolean; worstBastionMs: number }> {
  const rows: (string | number)[][] = [];
  let ok = true;
  let worstBastionMs = 0;
  const stack = await startLocalStack({
    fleet: syntheticFleet({ instancesPerRegion: 20, regions: ['us-west-2'] }),
    bundleDir,
    // Long enough that a bastion command outlives the request: the "still running, I'll e-mail" path.
    emulatorSettings: { commandDelayMs: 30_000 },
  });
  const control = createControlClient(stack.emulator.url);
  try {
    for (const fault of FAULTS) {
      for (const bench of benchIntents('oregon')) {
        if (!bench.intent && fault.label.startsWith('bastion')) continue;
        await stack.restartSkill();
        await control.clearFaults();
        for (const rule of fault.rules) await control.addFault(rule);
        const turn = await runTurn(() => stack.newSession(), bench);
        await control.clearFaults();
        const spoke = (turn.speech ?? '').trim() !== '';
        const rowOk = spoke && turn.durationMs < ALEXA_LIMIT_MS;
        ok &&= rowOk;
        if (fault.label.startsWith('bastion') && !bench.inventoryOnly)
          worstBastionMs = Math.max(worstBastionMs, turn.durationMs);
        rows.push([
          fault.label,
          bench.label,
          turn.durationMs,
          rowOk ? 'yes' : 'NO',
          (turn.speech ?? '(silence)').slice(0, 80),
        ]);
      }
    }
  } finally {
    await stack.close();
  }
  return {
    table: markdownTable(['fault', 'intent', 'response ms', 'spoken in time', 'answer starts'], rows),
    ok,
    worstBastionMs,
  };
}
