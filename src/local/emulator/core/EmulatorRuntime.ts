import type { ChildProcess } from 'node:child_process';

/** The process-level resources of one emulator, released by close(). */
export interface EmulatorRuntime {
  /** The emulator's own base URL, handed to the bastion runner as AWS_ENDPOINT_URL. */
  readonly url: () => string;
  /** Repository root, where sql-scripts/run-check lives. */
  readonly repoRoot: string;
  readonly children: Set<ChildProcess>;
  readonly timers: Set<NodeJS.Timeout>;
  /** Source of randomness for fault probabilities and random latency (injectable for tests). */
  readonly random: () => number;
  /** The call log keeps this many most recent calls; counts are never trimmed. */
  readonly callLogLimit: number;
}
