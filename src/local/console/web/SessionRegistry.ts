import type { ConsoleSession } from '../ConsoleSession.js';

/** Browser tabs name their session with a random id they keep in sessionStorage. */
const SESSION_ID = /^[A-Za-z0-9-]{8,64}$/;

/**
 * One console session per browser tab. Bounded: a page left reloading all day must not grow the map forever,
 * so the least recently used session goes first.
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, ConsoleSession>();

  constructor(
    private readonly create: () => ConsoleSession,
    private readonly limit = 100,
  ) {}

  static isValidId(id: string | undefined): id is string {
    return id !== undefined && SESSION_ID.test(id);
  }

  get(id: string): ConsoleSession {
    let session = this.sessions.get(id);
    if (session) this.sessions.delete(id);
    else session = this.create();
    this.sessions.set(id, session);
    while (this.sessions.size > this.limit) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    return session;
  }

  peek(id: string): ConsoleSession | undefined {
    return this.sessions.get(id);
  }

  /** After an emulator reset every tab starts over: old session attributes name a world that is gone. */
  clear(): void {
    this.sessions.clear();
  }
}
