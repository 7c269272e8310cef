/** What CheckLog says about a log's tail. */
export interface LogSummary {
  readonly lines: number;
  /** Error lines by the engine's patterns (ORA-, [ERROR], FATAL/PANIC/ERROR:, Error: n). */
  readonly errors: number;
  /** The newest error, trimmed for speech. */
  readonly latest?: string;
  /** Slow query logs: how many entries, and the longest Query_time in seconds. */
  readonly slowQueries?: { readonly count: number; readonly slowestSeconds: number | undefined };
}
