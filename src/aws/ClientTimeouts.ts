/**
 * Bounds for every AWS call. Alexa gives a skill about 8 s; with two attempts of at most 2.5 s each plus
 * back-off the worst single call stays near 5.5 s, and the request deadline (an AbortSignal passed to
 * send) cuts anything that would still overrun.
 */
export interface ClientTimeouts {
  readonly connectionTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly maxAttempts: number;
  /**
   * The response timeout of a non-idempotent call (one attempt, never retried). Longer than a read's,
   * because a reply cut short leaves the outcome unknown and costs a describe to find out; short enough
   * that the describe still fits in the request budget after it.
   */
  readonly nonIdempotentRequestTimeoutMs: number;
}

export const DEFAULT_CLIENT_TIMEOUTS: ClientTimeouts = {
  connectionTimeoutMs: 1_000,
  requestTimeoutMs: 2_500,
  maxAttempts: 2,
  nonIdempotentRequestTimeoutMs: 3_000,
};
