import { afterAll, beforeAll, beforeEach } from 'vitest';
import { currentMfaCode } from '../../../src/local/console/currentMfaCode.js';
import { type LocalStack, startLocalStack } from '../../../src/local/console/startLocalStack.js';
import type { CallRecord } from '../../../src/local/emulator/control/CallRecord.js';
import { type ControlClient, createControlClient } from '../../../src/local/emulator/controlClient.js';

/**
 * The bundled skill (built first when stale) against the demo fleet, as `npm start` runs it, with two test
 * settings: bastion commands finish quickly, and the Region inventory cache lasts 1 ms so every conversation
 * shows the calls a cold cache makes, whatever ran before it in the same container.
 */
export function startTestStack(env: Readonly<Record<string, string>> = {}): Promise<LocalStack> {
  return startLocalStack({
    emulatorSettings: { commandDelayMs: 200, invocationVisibleAfterMs: 50, commandPendingMs: 50 },
    env: { INVENTORY_TTL_SECONDS: '0.001', ...env },
  });
}

/** How many of `calls` were `operation`, optionally in one Region. */
export function countCalls(calls: readonly CallRecord[], operation: string, region?: string): number {
  return calls.filter(
    (call) => call.operation === operation && (region === undefined || call.region === region),
  ).length;
}

/** The Regions `operation` was called in, sorted, one entry per call. */
export function regionsCalled(calls: readonly CallRecord[], operation: string): string[] {
  return calls
    .filter((call) => call.operation === operation)
    .map((call) => call.region)
    .sort();
}

/** The code the fleet's MFA device shows now, as a user reads it out. */
export function spokenCode(stack: LocalStack): string {
  const mfa = currentMfaCode(stack.emulator.state);
  if (!mfa) throw new Error('the fleet has an MFA device');
  return mfa.spoken;
}

/** The running test stack and a client for its emulator's control API, set once the suite's stack has started. */
export interface TestStackHandle {
  readonly stack: LocalStack;
  readonly control: ControlClient;
}

/**
 * Starts one test stack for the calling suite (beforeAll), puts it back to the seed before every test
 * (beforeEach), since tasks change the fleet and AWS refuses a code twice, and closes it afterwards (afterAll).
 * Suites that only read the fleet pass `resetBeforeEach: false` and share one fleet.
 */
export function useTestStack({
  resetBeforeEach = true,
}: {
  readonly resetBeforeEach?: boolean;
} = {}): TestStackHandle {
  let stack: LocalStack | undefined;
  let control: ControlClient | undefined;
  beforeAll(async () => {
    stack = await startTestStack();
    control = createControlClient(stack.emulator.url);
  });
  beforeEach(async () => {
    if (resetBeforeEach) await stack?.reset();
  });
  afterAll(async () => {
    await stack?.close();
  });
  return {
    get stack(): LocalStack {
      if (!stack) throw new Error('the test stack has not started');
      return stack;
    },
    get control(): ControlClient {
      if (!control) throw new Error('the test stack has not started');
      return control;
    },
  };
}
