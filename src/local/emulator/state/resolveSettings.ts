import type { Fleet } from '../fleet/Fleet.js';
import type { EmulatorSettings } from './EmulatorState.js';

/** Settings from the fleet file, then the caller's overrides (tests shorten the delays). */
export function resolveSettings(fleet: Fleet, overrides: Partial<EmulatorSettings> = {}): EmulatorSettings {
  const s = fleet.settings ?? {};
  return {
    rebootMs: (s.rebootSeconds ?? 15) * 1000,
    failoverMs: (s.failoverSeconds ?? 30) * 1000,
    commandDelayMs: s.commandDelayMs ?? 1500,
    invocationVisibleAfterMs: s.invocationVisibleAfterMs ?? 300,
    commandPendingMs: s.commandPendingMs ?? 300,
    runRealChecks: s.runRealChecks ?? true,
    synthesizeBastionOutputs: s.synthesizeBastionOutputs ?? true,
    ...overrides,
  };
}
