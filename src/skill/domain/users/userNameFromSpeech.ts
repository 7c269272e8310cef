import { isReservedUsername, LIMITS, USERNAME_PATTERN } from '../../../user-management/identifiers.js';
import { UserNameRefused } from './errors.js';

/** "a. l. i. c. e." or "a l i c e": a name spelt out letter by letter. */
const SPELT = /^(?:[a-z]\.?\s+)+[a-z]\.?$/i;

/**
 * The database user name for a name as Alexa heard it, checked against the same allow-list the
 * user-management Lambda applies (src/user-management/identifiers.ts), so a name it would refuse is refused
 * here, before any code is asked for and before anything starts. Spoken names have no case: "Alice" is
 * alice. Words are joined with "_" ("bob smith" is bob_smith), "underscore" is said as a word, and a name
 * spelt out letter by letter is joined. Nothing else is changed: an apostrophe, a non-ASCII letter (a
 * look-alike "а" is Cyrillic) or a quote is refused, never mapped onto something that would pass.
 */
export function userNameFromSpeech(spoken: string | undefined): string {
  const heard = (spoken ?? '').trim();
  if (heard === '' || heard === '?') throw new UserNameRefused('missing', heard);
  const joined = SPELT.test(heard)
    ? heard.replace(/[.\s]/g, '')
    : heard
        .split(/\s+/)
        .map((word) => (word.toLowerCase() === 'underscore' ? '_' : word))
        .join('_')
        .replace(/_+/g, '_');
  const name = joined.toLowerCase();
  if (name.length > LIMITS.username) throw new UserNameRefused('tooLong', heard);
  if (!USERNAME_PATTERN.test(name)) throw new UserNameRefused('invalid', heard);
  if (isReservedUsername(name)) throw new UserNameRefused('reserved', heard);
  return name;
}
