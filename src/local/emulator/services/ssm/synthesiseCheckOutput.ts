import type { OperationContext } from '../../core/OperationContext.js';
import { statusAt } from '../../core/statusAt.js';
import { getRegionState } from '../../state/getRegionState.js';
import { type ConnectionProblem, connectionFailure } from './checkSynthesis/connectionFailure.js';
import { connectRow } from './checkSynthesis/connectRow.js';
import { databaseProblem } from './checkSynthesis/databaseProblem.js';
import { describeServer } from './checkSynthesis/describeServer.js';
import { parameterRow } from './checkSynthesis/parameterRow.js';
import { publishRunnerResult } from './checkSynthesis/publishRunnerResult.js';
import type { RunCheckRequest } from './checkSynthesis/RunCheckRequest.js';
import { RunnerResultBlock, type RunnerRow } from './checkSynthesis/RunnerResultBlock.js';
import { readRunCheckRequest } from './checkSynthesis/readRunCheckRequest.js';
import { readRunnerCredentials } from './checkSynthesis/readRunnerCredentials.js';
import { runnerFamily } from './checkSynthesis/runnerFamily.js';
import { seededRandom } from './checkSynthesis/seededRandom.js';
import { sessionRows } from './checkSynthesis/sessionRows.js';
import { storageRows } from './checkSynthesis/storageRows.js';

/** What a synthesised run of sql-scripts/run-check printed, and how long it took. */
export interface SynthesisedRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** When the invocation may end: the planned command delay, or longer when the runner took longer. */
  readonly durationMs: number;
}

/** Statuses in which the database process is down: the client gets "connection refused". */
const RESTARTING = new Set(['rebooting', 'starting', 'stopping', 'upgrading', 'maintenance']);
/** Statuses with no server to answer at all: the client waits for its connect timeout. */
const DOWN = new Set(['stopped', 'creating', 'deleting', 'failed', 'inaccessible-encryption-credentials']);

function reachability(status: string): ConnectionProblem | undefined {
  if (RESTARTING.has(status)) return 'refused';
  if (DOWN.has(status) || status.startsWith('incompatible') || status.endsWith('-error')) return 'timeout';
  return undefined;
}

function rowsFor(request: RunCheckRequest, server: ReturnType<typeof describeServer>): RunnerRow[] {
  switch (request.check) {
    case 'connect':
      return [connectRow(server)];
    case 'storage':
      return storageRows(server);
    case 'parameter': {
      const row = parameterRow(server, request.parameter ?? '');
      return row ? [row] : [];
    }
    default:
      return sessionRows(server, request.check);
  }
}

/**
 * What sql-scripts/run-check would print for a command aimed at a fleet instance that has no canned output
 * and no local server: the runner's argument checks, engine families and unsupported checks, the password
 * lookup in this emulator's Parameter Store (or Secrets Manager), connection failures for instances that are
 * not running or databases that do not exist, then rows in each engine's own shape, sized from the
 * instance (class, engine version, storage, Aurora role), the same for the same instance on every run. With
 * --topic it publishes the result as the runner does once it took longer than --notify-after.
 */
export function synthesiseCheckOutput(
  ctx: OperationContext,
  args: readonly string[],
  commandRegion: string,
  plannedMs: number,
): SynthesisedRun {
  const block = new RunnerResultBlock();
  // The runner's own work takes most of the command's time; AWS CLI calls for the password dominate.
  const timing = seededRandom(`timing/${args.join(' ')}`);
  const quick = (share: number) => Math.max(1, Math.round(plannedMs * share * (0.8 + timing() * 0.2)));
  let notification: { request: RunCheckRequest; rows: RunnerRow[]; nullWord: string } | undefined;

  const finish = (exitCode: number, reason = '', message = '', elapsedMs = quick(0.9)): SynthesisedRun => {
    let stderr = '';
    if (exitCode === 0) {
      block.result('status', 'ok');
    } else {
      block.result('status', 'error').result('reason', reason).result('message', message.slice(0, 300));
      stderr = `run-check: ${reason}: ${message.slice(0, 300)}\n`;
    }
    block.result('elapsed_ms', String(elapsedMs));
    const durationMs = Math.max(plannedMs, elapsedMs);
    if (notification) {
      const published = publishRunnerResult(ctx.state, block, {
        ...notification,
        exitCode,
        reason,
        message,
        elapsedMs,
        at: new Date(ctx.now.getTime() + durationMs),
      });
      if (published) {
        block.result('notified', published.notified);
        stderr += published.stderr;
      }
    }
    return { stdout: block.text(), stderr, exitCode, durationMs };
  };

  const reading = readRunCheckRequest(args);
  if (!reading.ok) return finish(2, 'usage', reading.usage, quick(0.01));
  const request = reading.request;
  notification = { request, rows: [], nullWord: '' };
  block.result('check', request.check).result('engine', request.engine).result('instance', request.instance);
  if (request.parameter) block.result('parameter', request.parameter);
  const family = runnerFamily(request.engine);
  if (!family) return finish(7, 'unsupported', `no checks exist for engine ${request.engine}`, quick(0.02));
  block.result('family', family);
  if (family === 'postgres' && request.check === 'top-memory') {
    return finish(
      7,
      'unsupported',
      `the ${request.check} check is not available for ${request.engine}`,
      quick(0.02),
    );
  }
  notification.nullWord = family === 'mysql' ? 'NULL' : '';

  const region = request.region ?? commandRegion;
  const regionState = getRegionState(ctx.state, region);
  const credentials = readRunnerCredentials({ ...ctx, region, regionState }, request);
  if (!credentials.ok) return finish(3, 'no-credentials', credentials.message, quick(0.7));
  block.result('user', credentials.user).result('database', request.database);

  const instance = regionState.instances.get(request.instance.toLowerCase());
  if (!instance) {
    const failure = connectionFailure(family, 'unknown-host', request, '', quick(0.6));
    return finish(failure.exitCode, failure.reason, failure.message, failure.elapsedMs);
  }
  const server = describeServer(request, family, instance, regionState, ctx.now);
  const problem = reachability(statusAt(instance.statusTimeline, ctx.now)) ?? databaseProblem(server);
  if (problem) {
    const failure = connectionFailure(family, problem, request, server.privateIp, quick(0.6));
    return finish(failure.exitCode, failure.reason, failure.message, failure.elapsedMs);
  }
  const rows = rowsFor(request, server);
  notification.rows = rows;
  block.rows(rows);
  return finish(0);
}
