import type { StateItem, StateTable } from './StateTable.js';

interface Stored extends StateItem {
  readonly expiresAt: number;
}

/** Expiry kept to the second, as DynamoDB's TTL attribute keeps it, so both tables agree on the edge. */
const toSecond = (ms: number) => Math.ceil(ms / 1000) * 1000;

/**
 * The state table in the container's memory, for local tools and unit tests without STATE_TABLE. Each
 * operation reads and writes with no await in between, so it is as atomic as DynamoDB's conditional write
 * (one container's requests never interleave inside it). Forgotten at every cold start.
 */
export class InMemoryStateTable implements StateTable {
  private readonly items = new Map<string, Stored>();

  async get(id: string, now: number): Promise<StateItem | undefined> {
    const item = this.live(id, now);
    return item ? { data: item.data, version: item.version } : undefined;
  }

  async create(id: string, data: string, expiresAt: number, now: number): Promise<boolean> {
    if (this.live(id, now)) return false;
    this.items.set(id, { data, version: 1, expiresAt: toSecond(expiresAt) });
    return true;
  }

  async replace(id: string, data: string, version: number, expiresAt: number): Promise<boolean> {
    if (this.items.get(id)?.version !== version) return false;
    this.items.set(id, { data, version: version + 1, expiresAt: toSecond(expiresAt) });
    return true;
  }

  async put(id: string, data: string, expiresAt: number): Promise<void> {
    this.items.set(id, { data, version: 1, expiresAt: toSecond(expiresAt) });
  }

  async consume(id: string, data: string, now: number): Promise<boolean> {
    if (this.live(id, now)?.data !== data) return false;
    this.items.delete(id);
    return true;
  }

  async delete(id: string): Promise<void> {
    this.items.delete(id);
  }

  private live(id: string, now: number): Stored | undefined {
    const item = this.items.get(id);
    return item && item.expiresAt > now ? item : undefined;
  }
}
