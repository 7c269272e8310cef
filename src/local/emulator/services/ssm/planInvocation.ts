import type { OperationContext } from '../../core/OperationContext.js';
import type { FleetCannedOutput } from '../../fleet/Fleet.js';
import type { BastionRecord, InvocationRecord } from '../../state/RegionState.js';
import { flagValue } from './flagValue.js';
import { isLoopback } from './isLoopback.js';
import { splitCommandLine } from './splitCommandLine.js';
import { startRunCheck } from './startRunCheck.js';
import { synthesiseCheckOutput } from './synthesiseCheckOutput.js';

function cannedOutcome(
  output: FleetCannedOutput | string,
  at: Date,
): NonNullable<InvocationRecord['outcome']> {
  const canned = typeof output === 'string' ? { stdout: output } : output;
  const exitCode = canned.exitCode ?? (canned.status === 'Failed' ? 1 : 0);
  return {
    status: canned.status ?? (exitCode === 0 ? 'Success' : 'Failed'),
    stdout: canned.stdout ?? '',
    stderr: canned.stderr ?? '',
    exitCode,
    endedAt: at,
    statusDetails: canned.status === 'TimedOut' ? 'ExecutionTimedOut' : undefined,
  };
}

/**
 * Creates one instance's invocation and decides how it ends: the real runner for a run-check command
 * aimed at a loopback database, otherwise the fleet's canned output for that instance and check, otherwise
 * (unless the fleet turns it off) what the runner would print for that instance, synthesised, otherwise a
 * plain failure. The reported status follows the configured delays either way.
 */
export function planInvocation(
  ctx: OperationContext,
  bastion: BastionRecord,
  commands: readonly string[],
  executionTimeoutSeconds: number,
): InvocationRecord {
  const { settings } = ctx.state;
  const at = (ms: number): Date => new Date(ctx.now.getTime() + ms);
  const words = splitCommandLine(commands.join('\n').split('\n')[0] ?? '');
  const args = words.slice(1);
  const isRunCheck = (words[0] ?? '').endsWith('run-check');
  const instanceId = flagValue(args, 'instance')?.toLowerCase();
  const check = flagValue(args, 'check') ?? '';
  const region = flagValue(args, 'region') ?? ctx.region;
  const canned = instanceId
    ? (ctx.state.bastionOutputs[instanceId]?.[check] ??
      ctx.state.bastionOutputs[instanceId]?.['*'] ??
      ctx.state.bastionOutputs['*']?.[check])
    : undefined;
  const instance = instanceId ? ctx.state.regions.get(region)?.instances.get(instanceId) : undefined;
  const realRun = isRunCheck && instance && isLoopback(instance.endpoint.host) && settings.runRealChecks;
  // Synthesised only once the command is surely delivered: a synthesised run publishes to SNS like the runner.
  const synthesised =
    isRunCheck && !realRun && canned === undefined && bastion.online && settings.synthesizeBastionOutputs
      ? synthesiseCheckOutput(ctx, args, region, settings.commandDelayMs)
      : undefined;
  const delay =
    typeof canned === 'object' && canned.delayMs !== undefined
      ? canned.delayMs
      : (synthesised?.durationMs ?? settings.commandDelayMs);
  const invocation: InvocationRecord = {
    instanceId: bastion.instanceId,
    instanceName: bastion.name,
    visibleAt: at(settings.invocationVisibleAfterMs),
    startsAt: at(Math.min(settings.commandPendingMs, delay)),
    dueAt: at(delay),
    outcome: undefined,
    undeliverable: !bastion.online,
  };
  if (!bastion.online) return invocation;

  if (realRun) {
    startRunCheck(ctx, invocation, args, region, executionTimeoutSeconds);
  } else if (isRunCheck && canned !== undefined) {
    invocation.outcome = cannedOutcome(canned, ctx.now);
  } else if (synthesised) {
    invocation.outcome = {
      status: synthesised.exitCode === 0 ? 'Success' : 'Failed',
      stdout: synthesised.stdout,
      stderr: synthesised.stderr,
      exitCode: synthesised.exitCode,
      endedAt: ctx.now,
    };
  } else {
    invocation.outcome = {
      status: 'Failed',
      stdout: '',
      stderr: isRunCheck
        ? `emulator: no canned output for instance ${instanceId ?? '(none)'} check ${check || '(none)'}\n`
        : 'emulator: no canned output (only sql-scripts/run-check commands are emulated)\n',
      exitCode: 1,
      endedAt: ctx.now,
    };
  }
  return invocation;
}
