import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorNow } from '../../core/emulatorNow.js';
import { killProcessGroup } from '../../core/killProcessGroup.js';
import type { OperationContext } from '../../core/OperationContext.js';
import type { InvocationRecord } from '../../state/RegionState.js';

const MAX_OUTPUT_CHARS = 1_000_000;

/**
 * Runs `bash <repo>/sql-scripts/run-check <args>` against a local database, with the emulator as its AWS
 * endpoint and dummy credentials (never the developer's own), and records the result in the invocation when
 * it exits. The execution timeout kills it, as the SSM agent would.
 */
export function startRunCheck(
  ctx: OperationContext,
  invocation: InvocationRecord,
  args: readonly string[],
  region: string,
  executionTimeoutSeconds: number,
): void {
  const runner = join(ctx.runtime.repoRoot, 'sql-scripts', 'run-check');
  if (!existsSync(runner)) {
    invocation.outcome = {
      status: 'Failed',
      stdout: '',
      stderr: `emulator: ${runner} does not exist yet, so no real check can run.\n`,
      exitCode: 127,
      endedAt: ctx.now,
    };
    return;
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('AWS_')) delete env[key];
  }
  Object.assign(env, {
    AWS_ENDPOINT_URL: ctx.runtime.url(),
    AWS_ACCESS_KEY_ID: 'emulator',
    AWS_SECRET_ACCESS_KEY: 'emulator',
    AWS_DEFAULT_REGION: region,
    AWS_REGION: region,
    AWS_PAGER: '',
  });
  const child = spawn('bash', [runner, ...args], {
    cwd: ctx.runtime.repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  ctx.runtime.children.add(child);
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    if (stdout.length < MAX_OUTPUT_CHARS) stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < MAX_OUTPUT_CHARS) stderr += chunk;
  });
  const timer = setTimeout(() => {
    timedOut = true;
    killProcessGroup(child);
  }, executionTimeoutSeconds * 1000);
  ctx.runtime.timers.add(timer);
  let done = false;
  const finish = (exitCode: number, extra = ''): void => {
    // 'error' can be followed by 'close': the first report wins.
    if (done) return;
    done = true;
    clearTimeout(timer);
    ctx.runtime.timers.delete(timer);
    ctx.runtime.children.delete(child);
    invocation.outcome = timedOut
      ? {
          status: 'TimedOut',
          stdout,
          stderr,
          exitCode: -1,
          endedAt: emulatorNow(ctx.state),
          statusDetails: 'ExecutionTimedOut',
        }
      : {
          status: exitCode === 0 ? 'Success' : 'Failed',
          stdout,
          stderr: stderr + extra,
          exitCode,
          endedAt: emulatorNow(ctx.state),
        };
  };
  child.on('error', (error) => finish(127, `emulator: could not start the runner: ${error.message}\n`));
  child.on('close', (code) => finish(code ?? -1));
}
