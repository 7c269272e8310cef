import type { CallRecord } from '../control/CallRecord.js';
import type { FaultRule } from '../control/FaultRule.js';
import type { Fleet } from '../fleet/Fleet.js';
import type { CannedOutputs, PublishedMessage, RegionState } from './RegionState.js';

export interface EmulatorSettings {
  readonly rebootMs: number;
  readonly failoverMs: number;
  readonly commandDelayMs: number;
  readonly invocationVisibleAfterMs: number;
  readonly commandPendingMs: number;
  readonly runRealChecks: boolean;
  /** Bastion checks without canned output get what run-check would print for the instance. */
  readonly synthesizeBastionOutputs: boolean;
}

export interface SessionRecord {
  readonly accessKeyId: string;
  readonly mfa: boolean;
  readonly expiresAt: Date;
}

/**
 * All mutable state of one emulator instance. Nothing lives at module level: two emulators in one process
 * (parallel tests) never see each other. `reset` rebuilds the seeded parts from `fleet`.
 */
export interface EmulatorState {
  readonly fleet: Fleet;
  readonly accountId: string;
  readonly userName: string;
  readonly settings: EmulatorSettings;
  /** When the seed was applied; fleet times (minutesAgo) are relative to it. */
  seededAt: Date;
  regions: Map<string, RegionState>;
  mfaDevices: Map<string, string>;
  /** serial|time-step pairs already used: AWS rejects a reused code. */
  usedMfaCodes: Set<string>;
  sessions: Map<string, SessionRecord>;
  requireMfaFor: Set<string>;
  invalidAccessKeys: Set<string>;
  bastionOutputs: CannedOutputs;
  published: PublishedMessage[];
  calls: CallRecord[];
  counts: Record<string, Record<string, number>>;
  faults: FaultRule[];
  /** Added to the wall clock: lets tests and benchmarks jump past delays. */
  clockOffsetMs: number;
  nextSequence: number;
}
