import type { EmulatorState } from '../state/EmulatorState.js';

/** The emulator's clock: wall time plus the offset POST /_emulator/clock has added. */
export function emulatorNow(state: EmulatorState): Date {
  return new Date(Date.now() + state.clockOffsetMs);
}
