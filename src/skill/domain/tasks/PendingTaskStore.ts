import type { StateTable } from '../state/StateTable.js';
import type { PendingTask } from './PendingTask.js';

/** How long a question "Reboot hr in Oregon?" stays answerable. */
const PENDING_TASK_TTL_MS = 5 * 60_000;

/**
 * The confirmation the skill asked for, kept server-side in the state table, keyed by user and session:
 * `pending-task#<user hash>#<session id>`. A yes acts only if it consumes that item: a conditional delete
 * that matches every field of the plan, so the same yes sent twice (or a forged one, whose session never
 * had the skill's question) acts at most once, and never without the question. Session attributes may hold
 * a copy for display; they never decide.
 */
export class PendingTaskStore {
  constructor(private readonly table: StateTable) {}

  /** Remembers the question just asked, replacing any earlier one of this session. */
  remember(userKey: string, sessionId: string, pending: PendingTask, now: number): Promise<void> {
    return this.table.put(pendingId(userKey, sessionId), JSON.stringify(pending), now + PENDING_TASK_TTL_MS);
  }

  /** True for the one request that consumed exactly this pending task; false when there was none to consume. */
  consume(userKey: string, sessionId: string, pending: PendingTask, now: number): Promise<boolean> {
    return this.table.consume(pendingId(userKey, sessionId), JSON.stringify(pending), now);
  }

  /** Drops the question (after a no, a lock, a spent code): the next yes has nothing to confirm. */
  forget(userKey: string, sessionId: string): Promise<void> {
    return this.table.delete(pendingId(userKey, sessionId));
  }
}

function pendingId(userKey: string, sessionId: string): string {
  return `pending-task#${userKey}#${sessionId}`;
}
