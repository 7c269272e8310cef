/** One AWS call made while answering a request, for the structured log line and the call-budget tests. */
export interface AwsCallRecord {
  readonly service: string;
  readonly operation: string;
  readonly region: string;
  readonly durationMs: number;
  readonly ok: boolean;
}

/**
 * Collects the AWS calls of the current request. Requests run one at a time, as they do in a Lambda
 * container, so "the current request" is simply the one running, and two invocations in one process (the
 * local console, tests) never mix their lists. Not AsyncLocalStorage: on Node 20 and 22 it turns on promise
 * hooks for the whole process, which measured about 25 ms on the first RDS answer (~12% of its cold start).
 */
export class AwsCallRecorder {
  private current: AwsCallRecord[] | undefined;
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `answer` as one request, after any request still running in this container. */
  run<T>(answer: () => Promise<T>): Promise<T> {
    const scoped = async () => {
      this.current = [];
      try {
        return await answer();
      } finally {
        this.current = undefined;
      }
    };
    const result = this.tail.then(scoped, scoped);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /**
   * Where a call starting now is to be recorded. Taken when the call starts, so a call still running after
   * its request answered (a prefetch nobody awaited) lands in that request's list, never the next one's.
   */
  recordTo(): (call: AwsCallRecord) => void {
    const calls = this.current;
    return (call) => calls?.push(call);
  }

  /** The calls of the request running now (empty outside a request). */
  calls(): readonly AwsCallRecord[] {
    return this.current ?? [];
  }
}
