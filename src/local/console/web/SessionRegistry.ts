import type { ConsoleSession } from '../ConsoleSession.js';

/** Browser tabs name their session with a random id they keep in sessionStorage. */
const SESSION_ID = /^[A-Za-z0-9-]{8,64}$/;

interface Entry {
  readonly session: ConsoleSession;
  readonly locale: string;
}

/**
 * One console session per browser tab. A tab that switches locale gets a new session in that locale: a
 * device's locale is fixed for a session, as on an Echo. Bounded: a page left reloading all day must not grow
 * the map forever, so the least recently used session goes first.
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, Entry>();

  constructor(
    private readonly create: (locale: string) => ConsoleSession,
    private readonly defaultLocale: string,
    private readonly limit = 100,
  ) {}

  static isValidId(id: string | undefined): id is string {
    return id !== undefined && SESSION_ID.test(id);
  }

  get(id: string, locale = this.defaultLocale): ConsoleSession {
    let entry = this.sessions.get(id);
    if (entry) this.sessions.delete(id);
    if (!entry || entry.locale !== locale) entry = { session: this.create(locale), locale };
    this.sessions.set(id, entry);
    while (this.sessions.size > this.limit) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    return entry.session;
  }

  peek(id: string): ConsoleSession | undefined {
    return this.sessions.get(id)?.session;
  }

  /** After an emulator reset every tab starts over: old session attributes name a world that is gone. */
  clear(): void {
    this.sessions.clear();
  }
}
