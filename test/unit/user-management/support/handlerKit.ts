/**
 * What tests of the user-management handler share, unit and integration alike: the session settings for a
 * local server, the parsed failure of an invocation, and a capture of what the Powertools Logger writes.
 */
import { vi } from 'vitest';
import type { UserManagementConfig } from '../../../../src/user-management/config.js';

export const TEST_CONFIG: UserManagementConfig = {
  tls: false,
  connectTimeoutMs: 2_000,
  queryTimeoutMs: 5_000,
  rotationDays: 30,
  recoveryWindowDays: 7,
};

export interface Failure {
  readonly name: string;
  readonly error: string;
  readonly message: string;
  readonly details?: Record<string, unknown>;
}

/** The parsed structured failure a rejected invocation carries. */
export async function failureOf(promise: Promise<unknown>): Promise<Failure> {
  try {
    await promise;
  } catch (thrown) {
    const error = thrown as Error;
    return { name: error.name, ...(JSON.parse(error.message) as { error: string; message: string }) };
  }
  throw new Error('expected the invocation to fail');
}

/** Collects everything a Powertools Logger writes (it writes to process.stdout/stderr directly). */
export class LogCapture {
  readonly lines: string[] = [];
  #restore: (() => void) | undefined;

  start(): void {
    const collect = (chunk: unknown) => {
      this.lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return true;
    };
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(collect as typeof process.stdout.write);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(collect as typeof process.stderr.write);
    this.#restore = () => {
      out.mockRestore();
      err.mockRestore();
    };
  }

  stop(): void {
    this.#restore?.();
    this.#restore = undefined;
  }

  text(): string {
    return this.lines.join('');
  }
}
