interface Entry<V> {
  readonly value: Promise<V>;
  readonly expiresAt: number;
}

/**
 * Reads kept in the warm container: one read per key at a time (callers arriving while it is in flight
 * share it), kept until `ttlMs` after it started, and forgotten as soon as it fails so the next caller
 * asks AWS again instead of hearing the same error for the rest of the container's life.
 */
export class PromiseCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();

  constructor(
    private readonly ttlMs: number = Number.POSITIVE_INFINITY,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: K, load: () => Promise<V>): Promise<V> {
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt > this.now()) return cached.value;
    const value = load();
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  /** The value kept for a key, without loading it when there is none (or it expired). */
  peek(key: K): Promise<V> | undefined {
    const cached = this.entries.get(key);
    return cached && cached.expiresAt > this.now() ? cached.value : undefined;
  }

  /** Forgets a key, e.g. after a reboot changed an instance's status or STS refused cached keys. */
  delete(key: K): void {
    this.entries.delete(key);
  }
}
