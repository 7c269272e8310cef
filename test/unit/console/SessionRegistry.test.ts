import { describe, expect, it } from 'vitest';
import type { ConsoleSession } from '../../../src/local/console/ConsoleSession.js';
import { SessionRegistry } from '../../../src/local/console/web/SessionRegistry.js';

/** A stand-in session that remembers the locale it was made for. */
function registry(limit?: number) {
  const made: string[] = [];
  const sessions = new SessionRegistry(
    (locale) => {
      made.push(locale);
      return { locale } as unknown as ConsoleSession;
    },
    'en-US',
    limit,
  );
  return { sessions, made };
}

describe('Web console: SessionRegistry', () => {
  it('keeps one session per tab, in the default locale when the tab names none', () => {
    const { sessions, made } = registry();

    const first = sessions.get('tab-0001');
    const again = sessions.get('tab-0001');

    expect(again).toBe(first);
    expect(made).toEqual(['en-US']);
  });

  it('starts a new session when the tab switches locale, as an Echo keeps one locale per session', () => {
    const { sessions, made } = registry();
    const american = sessions.get('tab-0001', 'en-US');

    const british = sessions.get('tab-0001', 'en-GB');

    expect(british).not.toBe(american);
    expect(sessions.peek('tab-0001')).toBe(british);
    expect(sessions.get('tab-0001', 'en-GB')).toBe(british);
    expect(made).toEqual(['en-US', 'en-GB']);
  });

  it('drops the least recently used tab beyond its limit', () => {
    const { sessions } = registry(2);
    sessions.get('tab-0001');
    sessions.get('tab-0002');
    sessions.get('tab-0001');

    sessions.get('tab-0003');

    expect(sessions.peek('tab-0002')).toBeUndefined();
    expect(sessions.peek('tab-0001')).toBeDefined();
  });
});
