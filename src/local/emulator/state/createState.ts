import type { Fleet } from '../fleet/Fleet.js';
import { DEFAULT_ACCOUNT } from './defaultAccount.js';
import type { EmulatorSettings, EmulatorState } from './EmulatorState.js';
import { seedWorld } from './seedWorld.js';

export function createState(fleet: Fleet, settings: EmulatorSettings, now: Date): EmulatorState {
  return {
    fleet,
    accountId: fleet.account ?? DEFAULT_ACCOUNT,
    userName: fleet.user ?? 'dbvoice-operator',
    settings,
    ...seedWorld(fleet, now),
    usedMfaCodes: new Set(),
    sessions: new Map(),
    published: [],
    calls: [],
    counts: {},
    faults: [],
    clockOffsetMs: 0,
    nextSequence: 1,
  };
}
