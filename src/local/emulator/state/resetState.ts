import type { EmulatorState } from './EmulatorState.js';
import { seedWorld } from './seedWorld.js';

/** Back to the fleet file: seeded data rebuilt; calls, faults, messages, sessions and the clock cleared. */
export function resetState(state: EmulatorState, now: Date): void {
  Object.assign(state, seedWorld(state.fleet, now));
  state.usedMfaCodes = new Set();
  state.sessions = new Map();
  state.published = [];
  state.calls = [];
  state.counts = {};
  state.faults = [];
  state.clockOffsetMs = 0;
}
