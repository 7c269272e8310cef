import type { CommandRecord, InvocationRecord } from '../../state/RegionState.js';

export interface InvocationView {
  readonly visible: boolean;
  readonly status: string;
  readonly statusDetails: string;
  readonly responseCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly startedAt: Date | undefined;
  readonly endedAt: Date | undefined;
}

/**
 * What SSM would report at `now`. Nothing is visible at first (InvocationDoesNotExist), then Pending,
 * InProgress until the due time (and as long as the runner works), then the outcome. A command still running
 * at its execution timeout, or never delivered by its delivery timeout, is TimedOut.
 */
export function invocationView(
  command: CommandRecord,
  invocation: InvocationRecord,
  now: Date,
): InvocationView {
  const t = now.getTime();
  const base = { stdout: '', stderr: '', responseCode: -1, startedAt: undefined, endedAt: undefined };
  if (t < invocation.visibleAt.getTime())
    return { ...base, visible: false, status: 'Pending', statusDetails: 'Pending' };
  if (invocation.undeliverable) {
    const deadline = command.requestedAt.getTime() + command.deliveryTimeoutSeconds * 1000;
    return t < deadline
      ? { ...base, visible: true, status: 'Pending', statusDetails: 'Pending' }
      : {
          ...base,
          visible: true,
          status: 'TimedOut',
          statusDetails: 'DeliveryTimedOut',
          endedAt: new Date(deadline),
        };
  }
  if (t < invocation.startsAt.getTime())
    return { ...base, visible: true, status: 'Pending', statusDetails: 'Pending' };
  const started = { ...base, visible: true, startedAt: invocation.startsAt };
  const outcome = invocation.outcome;
  const finished =
    outcome !== undefined && outcome.status !== 'InProgress' && t >= invocation.dueAt.getTime();
  if (!finished) {
    const deadline = command.requestedAt.getTime() + command.executionTimeoutSeconds * 1000;
    if (t >= deadline) {
      return {
        ...started,
        status: 'TimedOut',
        statusDetails: 'ExecutionTimedOut',
        endedAt: new Date(deadline),
      };
    }
    return { ...started, status: 'InProgress', statusDetails: 'InProgress' };
  }
  return {
    ...started,
    status: outcome.status,
    statusDetails: outcome.statusDetails ?? outcome.status,
    responseCode: outcome.exitCode,
    stdout: outcome.stdout,
    stderr: outcome.stderr,
    endedAt: new Date(Math.max(outcome.endedAt.getTime(), invocation.dueAt.getTime())),
  };
}
