import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import type { CheckOutput } from '../../../src/skill/domain/bastion/CheckOutput.js';
import { parseCheckOutput } from '../../../src/skill/domain/bastion/parseCheckOutput.js';

export const RUNNER = resolve('sql-scripts/run-check');

function which(command: string): string | undefined {
  try {
    return execFileSync('bash', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The AWS CLI the runner uses in tests: Debian's awscli 2.9 when installed (the version the issue names,
 * older than AWS_ENDPOINT_URL support), otherwise whatever `aws` is on the PATH.
 */
export const AWS_CLI = existsSync('/usr/bin/aws') ? '/usr/bin/aws' : which('aws');

/** Runs the suite only where its tools exist: skipped with the reason locally, failing in CI. */
export function describeWhen(
  name: string,
  requirements: readonly { readonly ok: boolean; readonly reason: string }[],
  suite: () => void,
): void {
  const missing = requirements.filter((r) => !r.ok).map((r) => r.reason);
  if (missing.length === 0) {
    describe(name, suite);
    return;
  }
  const why = missing.join('; ');
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has what it needs', () => {
        throw new Error(why);
      });
    });
    return;
  }
  console.warn(`skipping "${name}": ${why}`);
  describe.skip(`${name} [skipped: ${why}]`, suite);
}

export const awsCliAvailable = {
  ok: AWS_CLI !== undefined,
  reason: 'the AWS CLI is not installed (apt-get install awscli; .ci/services.sh does it in CI)',
};

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly output: CheckOutput;
}

/** Arguments as the skill would send them, flag names without the dashes. */
export type RunnerArgs = Record<string, string | number | undefined>;

export function runnerArgv(args: RunnerArgs): string[] {
  return Object.entries(args).flatMap(([flag, value]) =>
    value === undefined ? [] : [`--${flag}`, String(value)],
  );
}

/**
 * Runs sql-scripts/run-check the way the emulator does (`bash run-check ...`) against the fake AWS endpoint;
 * `wrapper` is a command that runs it in turn (strace, to see every process it starts).
 */
export function runCheck(
  args: RunnerArgs,
  options: {
    endpoint: string;
    env?: Record<string, string>;
    timeoutMs?: number;
    wrapper?: readonly string[];
  },
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const [command = 'bash', ...prefix] = [...(options.wrapper ?? []), 'bash'];
    const child = spawn(command, [...prefix, RUNNER, ...runnerArgv(args)], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? '/tmp',
        AWS_ENDPOINT_URL: options.endpoint,
        AWS_ACCESS_KEY_ID: 'AKIDTESTRUNNER',
        AWS_SECRET_ACCESS_KEY: 'test-secret-key',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        ...(AWS_CLI ? { DBVOICE_AWS_CLI: AWS_CLI } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? -1, stdout, stderr, output: parseCheckOutput(stdout) });
    });
  });
}
