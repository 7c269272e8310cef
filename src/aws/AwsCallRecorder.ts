import { AsyncLocalStorage } from 'node:async_hooks';

/** One AWS call made while answering a request, for the structured log line and the call-budget tests. */
export interface AwsCallRecord {
  readonly service: string;
  readonly operation: string;
  readonly region: string;
  readonly durationMs: number;
  readonly ok: boolean;
}

/**
 * Collects the AWS calls of the current request. A request scope (AsyncLocalStorage) rather than a
 * module-level array, so concurrent invocations in one process (local console, tests) never mix.
 */
export class AwsCallRecorder {
  private readonly storage = new AsyncLocalStorage<AwsCallRecord[]>();

  run<T>(fn: () => Promise<T>): Promise<T> {
    return this.storage.run([], fn);
  }

  record(call: AwsCallRecord): void {
    this.storage.getStore()?.push(call);
  }

  calls(): readonly AwsCallRecord[] {
    return this.storage.getStore() ?? [];
  }
}
