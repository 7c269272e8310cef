/** A built-in error: throttling (400, the SDK retries it), internal (500) or unavailable (503). */
export type FaultErrorKind = 'throttling' | 'internal' | 'unavailable';

/** What POST /_emulator/faults accepts. Absent service/operation/region match every call. */
export interface FaultRuleInput {
  /** rds, cloudwatch, ssm, sts, sns, secretsmanager, dynamodb. */
  readonly service?: string;
  /** The API operation name, e.g. DescribeDBInstances. */
  readonly operation?: string;
  readonly region?: string;
  /** Added before answering: a fixed number of ms or a uniform random range. */
  readonly latencyMs?: number | { readonly min: number; readonly max: number };
  /** Answer with this error instead of running the operation. */
  readonly error?:
    | FaultErrorKind
    | { readonly code: string; readonly message?: string; readonly status?: number };
  /** Never answer: the client's own timeout is the only way out. */
  readonly hang?: boolean;
  /** Chance (0..1) that a matching call is affected; default 1. */
  readonly probability?: number;
  /** Affect only this many matching calls, then the rule is spent. */
  readonly times?: number;
}

export interface FaultRule extends FaultRuleInput {
  readonly id: string;
  /** How many calls the rule has affected so far. */
  applied: number;
}
