import type { EmulatorState } from '../state/EmulatorState.js';
import type { RegionState } from '../state/RegionState.js';
import type { EmulatorRuntime } from './EmulatorRuntime.js';

/** What an operation may see: the state, the caller's Region (from the SigV4 scope) and the clock. */
export interface OperationContext {
  readonly state: EmulatorState;
  readonly region: string;
  readonly regionState: RegionState;
  /** The emulator clock at the request's arrival. */
  readonly now: Date;
  readonly requestId: string;
  readonly accessKeyId: string | undefined;
  readonly runtime: EmulatorRuntime;
}
