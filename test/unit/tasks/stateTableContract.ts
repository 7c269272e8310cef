import { expect, it } from 'vitest';
import { MfaGuard } from '../../../src/skill/domain/mfa/MfaGuard.js';
import type { StateTable } from '../../../src/skill/domain/state/StateTable.js';
import { pendingTaskOf } from '../../../src/skill/domain/tasks/PendingTask.js';
import { PendingTaskStore } from '../../../src/skill/domain/tasks/PendingTaskStore.js';
import type { TaskPlan } from '../../../src/skill/domain/tasks/TaskPlan.js';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const MINUTE = 60_000;
const SERIAL = 'arn:aws:iam::123456789012:mfa/dbvoice-operators';

const PLAN = {
  kind: 'reboot',
  action: 'reboot',
  instance: { identifier: 'prod-hr-01', region: 'us-west-2' },
} as unknown as TaskPlan;

/**
 * The tests every StateTable runs: InMemoryStateTable in test/unit, DynamoDbStateTable against the emulator
 * over HTTP in test/integration. `fresh` gives a table (or a view of one) with unique ids per test.
 */
export function stateTableContract(fresh: () => Promise<{ table: StateTable; prefix: string }>) {
  it('creates an item once: a second create of a live id is refused, an expired one is replaced', async () => {
    // Prepare
    const { table, prefix } = await fresh();
    const id = `${prefix}create`;
    // Act
    const first = await table.create(id, '{"a":1}', NOW + MINUTE, NOW);
    const second = await table.create(id, '{"a":2}', NOW + MINUTE, NOW);
    const afterExpiry = await table.create(id, '{"a":3}', NOW + 3 * MINUTE, NOW + 2 * MINUTE);
    // Assess
    expect([first, second, afterExpiry]).toEqual([true, false, true]);
    expect(await table.get(id, NOW + 2 * MINUTE)).toEqual({ data: '{"a":3}', version: 1 });
  });

  it('replaces only the version it read, so of two writers who read the same version one wins', async () => {
    const { table, prefix } = await fresh();
    const id = `${prefix}replace`;
    await table.create(id, 'v1', NOW + MINUTE, NOW);
    const results = await Promise.all([
      table.replace(id, 'writer A', 1, NOW + MINUTE),
      table.replace(id, 'writer B', 1, NOW + MINUTE),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const stored = await table.get(id, NOW);
    expect(stored?.version).toBe(2);
    expect(['writer A', 'writer B']).toContain(stored?.data);
  });

  it('treats an expired item as absent', async () => {
    const { table, prefix } = await fresh();
    const id = `${prefix}expiry`;
    await table.put(id, 'soon gone', NOW + MINUTE);
    expect(await table.get(id, NOW + MINUTE - 1_000)).toEqual({ data: 'soon gone', version: 1 });
    expect(await table.get(id, NOW + MINUTE)).toBeUndefined();
    expect(await table.consume(id, 'soon gone', NOW + MINUTE)).toBe(false);
  });

  it('consumes an item exactly once, and only with the same data', async () => {
    const { table, prefix } = await fresh();
    const id = `${prefix}consume`;
    await table.put(id, 'plan', NOW + MINUTE);
    const wrong = await table.consume(id, 'other plan', NOW);
    const racing = await Promise.all([1, 2, 3, 4].map(() => table.consume(id, 'plan', NOW)));
    expect(wrong).toBe(false);
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await table.get(id, NOW)).toBeUndefined();
  });

  it('MfaGuard: claims a code once among parallel claimers', async () => {
    const { table, prefix } = await fresh();
    const guard = new MfaGuard(table);
    const serial = `${SERIAL}${prefix}`;
    const claims = await Promise.all([1, 2, 3, 4, 5].map(() => guard.claimCode(serial, '123456', NOW)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await guard.wasUsed(serial, '123456', NOW + 23 * 60 * MINUTE)).toBe(true);
    expect(await guard.wasUsed(serial, '654321', NOW)).toBe(false);
  });

  it('MfaGuard: admits at most three of eight parallel checks, and three rejections lock device and user', async () => {
    // Prepare
    const { table, prefix } = await fresh();
    const guard = new MfaGuard(table);
    const serial = `${SERIAL}${prefix}`;
    const user = `${prefix}user`;
    // Act
    const admissions = await Promise.all(Array.from({ length: 8 }, () => guard.admit(serial, user, NOW)));
    const admitted = admissions.flatMap((a) => (a.admitted ? [a.ticket] : []));
    const settled = await Promise.all(admitted.map((ticket) => guard.settle(ticket, 'rejected', NOW)));
    const next = await guard.admit(serial, `${prefix}someone else`, NOW + MINUTE);
    // Assess
    expect(admitted).toHaveLength(3);
    expect(admissions.filter((a) => !a.admitted)).toEqual(
      Array.from({ length: 5 }, () => ({ admitted: false, refusal: 'busy' })),
    );
    // The third rejection locks; any settled after it hears of the lock too.
    expect(settled.some((s) => s.lockedUntil === NOW + 15 * MINUTE)).toBe(true);
    expect(await guard.userLockedUntil(user, NOW + MINUTE)).toBe(NOW + 15 * MINUTE);
    expect(next).toEqual({ admitted: false, refusal: 'locked', until: NOW + 15 * MINUTE });
  });

  it('MfaGuard: gives a place back for an accepted or unjudged code, and counts rejections in a sliding window', async () => {
    const { table, prefix } = await fresh();
    const guard = new MfaGuard(table);
    const serial = `${SERIAL}${prefix}`;
    const user = `${prefix}user`;
    const settleNext = async (at: number, verdict: 'accepted' | 'rejected' | 'unknown') => {
      const admission = await guard.admit(serial, user, at);
      if (!admission.admitted) throw new Error(`not admitted at ${at}: ${admission.refusal}`);
      return guard.settle(admission.ticket, verdict, at);
    };
    expect(await settleNext(NOW, 'accepted')).toEqual({ triesLeft: 3 });
    expect(await settleNext(NOW, 'unknown')).toEqual({ triesLeft: 3 });
    expect(await settleNext(NOW, 'rejected')).toEqual({ triesLeft: 2 });
    expect(await settleNext(NOW + 8 * MINUTE, 'rejected')).toEqual({ triesLeft: 1 });
    // The first rejection is 16 minutes old now: it no longer counts.
    expect(await settleNext(NOW + 16 * MINUTE, 'rejected')).toEqual({ triesLeft: 1 });
    expect(await guard.userLockedUntil(user, NOW + 16 * MINUTE)).toBeUndefined();
  });

  it('PendingTaskStore: a yes consumes the question once, only in its own session and for the same plan', async () => {
    const { table, prefix } = await fresh();
    const store = new PendingTaskStore(table);
    const user = `${prefix}user`;
    const pending = pendingTaskOf(PLAN);
    await store.remember(user, 'session-1', pending, NOW);
    const otherSession = await store.consume(user, 'session-2', pending, NOW);
    const otherPlan = await store.consume(user, 'session-1', { ...pending, instance: 'prod-x' }, NOW);
    const twice = await Promise.all([
      store.consume(user, 'session-1', pending, NOW),
      store.consume(user, 'session-1', pending, NOW),
    ]);
    await store.remember(user, 'session-1', pending, NOW);
    const late = await store.consume(user, 'session-1', pending, NOW + 6 * MINUTE);
    expect([otherSession, otherPlan]).toEqual([false, false]);
    expect(twice.filter(Boolean)).toHaveLength(1);
    expect(late).toBe(false);
  });
}
