/** A built-in error: throttling (400, the SDK retries it), internal (500) or unavailable (503). */
export type FaultErrorKind = 'throttling' | 'internal' | 'unavailable';

/** A top-level request field's value a rule can be limited to. */
export type FaultInputValue = string | number | boolean;

/** What POST /_emulator/faults accepts. Absent service/operation/region match every call. */
export interface FaultRuleInput {
  /** rds, cloudwatch, ssm, sts, sns, secretsmanager, dynamodb. */
  readonly service?: string;
  /** The API operation name, e.g. DescribeDBInstances. */
  readonly operation?: string;
  readonly region?: string;
  /**
   * Only calls whose request carries these top-level values, e.g. { "VersionStage": "AWSCURRENT" }: one step
   * of a sequence that calls the same operation for different purposes.
   */
  readonly input?: Readonly<Record<string, FaultInputValue>>;
  /** Let this many matching calls through untouched first: "the third DescribeSecret" is skip 2. */
  readonly skip?: number;
  /** Added before answering: a fixed number of ms or a uniform random range. */
  readonly latencyMs?: number | { readonly min: number; readonly max: number };
  /** Answer with this error instead of running the operation (after it, with afterApply). */
  readonly error?:
    | FaultErrorKind
    | { readonly code: string; readonly message?: string; readonly status?: number };
  /** Never answer: the client's own timeout is the only way out. */
  readonly hang?: boolean;
  /** Destroy the connection instead of answering: the client sees a reset socket. */
  readonly drop?: boolean;
  /**
   * Run the operation first and keep its effect, then answer with error, hang or drop (a drop when none is
   * given): the call was applied but its reply is lost, which only reading the state again can tell.
   */
  readonly afterApply?: boolean;
  /** Chance (0..1) that a matching call is affected; default 1. */
  readonly probability?: number;
  /** Affect only this many matching calls, then the rule is spent. */
  readonly times?: number;
}

export interface FaultRule extends FaultRuleInput {
  readonly id: string;
  /** How many calls the rule has affected so far. */
  applied: number;
  /** How many matching calls it has let through because of skip. */
  skipped: number;
}
