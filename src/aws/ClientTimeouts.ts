/**
 * Bounds for every AWS call. Alexa gives a skill about 8 s; with two attempts of at most 2.5 s each plus
 * back-off the worst single call stays near 5.5 s, and the request deadline (an AbortSignal passed to
 * send) cuts anything that would still overrun.
 */
export interface ClientTimeouts {
  readonly connectionTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly maxAttempts: number;
}

export const DEFAULT_CLIENT_TIMEOUTS: ClientTimeouts = {
  connectionTimeoutMs: 1_000,
  requestTimeoutMs: 2_500,
  maxAttempts: 2,
};
