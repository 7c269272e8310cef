/** The checks sql-scripts/run-check accepts (its CHECKS list). */
export const RUN_CHECKS = ['connect', 'storage', 'top-cpu', 'top-memory', 'top-dbtime', 'parameter'] as const;

export type RunCheckName = (typeof RUN_CHECKS)[number];

/** run-check's flags after the runner's own validation (see readRunCheckRequest). */
export interface RunCheckRequest {
  readonly engine: string;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly database: string;
  readonly check: RunCheckName;
  readonly instance: string;
  /** Checked only for the parameter check, but echoed in the result block whenever it is given. */
  readonly parameter: string | undefined;
  readonly region: string | undefined;
  readonly topic: string | undefined;
  readonly notifyAfterSeconds: number;
  readonly prefix: string;
}
