import type { CallRecord } from '../emulator/control/CallRecord.js';
import type { SimulatorTurn } from '../simulator/SimulatorTurn.js';
import type { ProgressiveResponse } from './startAlexaApiStub.js';

/** One thing the user said, what Alexa and the skill answered, and the AWS calls it cost. */
export interface ConsoleTurn extends SimulatorTurn {
  /** The emulator's call log entries made while this turn ran, in arrival order. */
  readonly calls: readonly CallRecord[];
  /** What the skill said through progressive responses before its answer, in order. */
  readonly progressive: readonly ProgressiveResponse[];
  /** Wall-clock time of the whole turn (every request of a dialog step included). */
  readonly durationMs: number;
}
