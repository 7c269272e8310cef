/** One AWS call the emulator received, in arrival order. */
export interface CallRecord {
  readonly seq: number;
  /** Arrival time (emulator clock), ISO 8601. */
  readonly at: string;
  readonly service: string;
  readonly operation: string;
  readonly region: string;
  readonly accessKeyId: string | undefined;
  /** HTTP status sent; null while the call is in flight or hanging. */
  status: number | null;
  errorCode: string | undefined;
  errorMessage: string | undefined;
  durationMs: number | undefined;
  /** Ids of the fault rules that affected the call. */
  faults: string[];
}
