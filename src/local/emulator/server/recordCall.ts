import type { CallRecord } from '../control/CallRecord.js';
import type { EmulatorState } from '../state/EmulatorState.js';

/** Counts the call and appends it to the (bounded) call log. */
export function recordCall(
  state: EmulatorState,
  call: Pick<CallRecord, 'service' | 'operation' | 'region' | 'accessKeyId'>,
  at: Date,
  limit: number,
): CallRecord {
  const record: CallRecord = {
    ...call,
    seq: state.nextSequence++,
    at: at.toISOString(),
    status: null,
    errorCode: undefined,
    errorMessage: undefined,
    durationMs: undefined,
    faults: [],
  };
  const perService = state.counts[call.service] ?? {};
  state.counts[call.service] = perService;
  perService[call.operation] = (perService[call.operation] ?? 0) + 1;
  state.calls.push(record);
  if (state.calls.length > limit) state.calls.splice(0, state.calls.length - limit);
  return record;
}
