import { describe, expect, it } from 'vitest';
import { PromiseCache } from '../../../src/aws/PromiseCache.js';

describe('PromiseCache', () => {
  it('shares one read while it is in flight and keeps it until its TTL has passed', async () => {
    let now = 0;
    let reads = 0;
    const cache = new PromiseCache<string, number>(1_000, () => now);
    const load = async () => ++reads;
    const [a, b] = await Promise.all([cache.get('oregon', load), cache.get('oregon', load)]);
    now = 999;
    const c = await cache.get('oregon', load);
    now = 1_000;
    const d = await cache.get('oregon', load);
    expect([a, b, c, d]).toEqual([1, 1, 1, 2]);
    expect(await cache.get('virginia', load)).toBe(3);
  });

  it('forgets a failed read, so the next caller asks again, and forgets on demand', async () => {
    const cache = new PromiseCache<string, string>();
    await expect(cache.get('keys', async () => Promise.reject(new Error('throttled')))).rejects.toThrow(
      'throttled',
    );
    expect(await cache.get('keys', async () => 'first')).toBe('first');
    expect(await cache.get('keys', async () => 'never read')).toBe('first');
    cache.delete('keys');
    expect(await cache.get('keys', async () => 'second')).toBe('second');
  });
});
