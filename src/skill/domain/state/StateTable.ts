/** An item of the state table as the skill's stores see it: a JSON body and the version that wrote it. */
export interface StateItem {
  readonly data: string;
  readonly version: number;
}

/**
 * The state table's atomic operations, the only ones the MFA guard and the pending-task store use: each
 * decides on the server in one conditional write, so two containers racing for the same item can never
 * both win. Times are epoch milliseconds; an item whose `expiresAt` has passed counts as absent (DynamoDB's
 * TTL deletes it lazily, up to days later, so every read and condition checks the time itself).
 *
 * DynamoDbStateTable (STATE_TABLE set) and InMemoryStateTable (local tools, unit tests) implement it with
 * the same semantics; test/unit/tasks/StateTable.contract.ts runs the same tests against both.
 */
export interface StateTable {
  /** The live item, read strongly consistently. */
  get(id: string, now: number): Promise<StateItem | undefined>;
  /** Writes `data` at version 1 when no live item has this id. False when one does: someone was first. */
  create(id: string, data: string, expiresAt: number, now: number): Promise<boolean>;
  /**
   * Writes `data` at `version + 1` when the stored item is still at `version` (optimistic concurrency).
   * False when another writer got there first: read again and decide again.
   */
  replace(id: string, data: string, version: number, expiresAt: number): Promise<boolean>;
  /** Writes `data` at version 1, whatever was there. */
  put(id: string, data: string, expiresAt: number): Promise<void>;
  /** Deletes the live item when it holds exactly `data`. True for the one caller that deleted it. */
  consume(id: string, data: string, now: number): Promise<boolean>;
  delete(id: string): Promise<void>;
}
