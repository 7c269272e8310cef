import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserNameRefused } from '../../../src/skill/domain/users/errors.js';
import { userNameFromSpeech } from '../../../src/skill/domain/users/userNameFromSpeech.js';
import { validateEvent } from '../../../src/user-management/validateEvent.js';

function problemOf(spoken: string | undefined): string | undefined {
  try {
    userNameFromSpeech(spoken);
    return undefined;
  } catch (error) {
    return error instanceof UserNameRefused ? error.problem : 'thrown';
  }
}

describe('userNameFromSpeech', () => {
  it.each([
    ['alice', 'alice'],
    ['Alice', 'alice'],
    ['bob smith', 'bob_smith'],
    ['bob underscore smith', 'bob_smith'],
    ['a. l. i. c. e.', 'alice'],
    ['app reader 2', 'app_reader_2'],
  ])('turns "%s" into %s', (spoken, expected) => {
    expect(userNameFromSpeech(spoken)).toBe(expected);
  });

  it.each([
    [undefined, 'missing'],
    ['?', 'missing'],
    ["o'brien", 'invalid'],
    ['2fast', 'invalid'],
    ['bob; drop table users', 'invalid'],
    ['rооt', 'invalid'], // Cyrillic o: a look-alike is refused, never mapped to root
    ['ａｌｉｃｅ', 'invalid'], // fullwidth letters
    ['root', 'reserved'],
    ['Postgres', 'reserved'],
    ['rds admin', 'reserved'],
    ['dbvoice reporting readonly', 'reserved'],
    ['a very long user name that goes on and on', 'tooLong'],
  ])('refuses %j as %s', (spoken, problem) => {
    expect(problemOf(spoken)).toBe(problem);
  });

  it('accepts only names the user-management Lambda accepts too (same allow-list)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc
            .array(fc.stringMatching(/^[A-Za-z0-9_.']{1,9}$/), { minLength: 1, maxLength: 4 })
            .map((words) => words.join(' ')),
        ),
        (spoken) => {
          let name: string;
          try {
            name = userNameFromSpeech(spoken);
          } catch (error) {
            if (error instanceof UserNameRefused) return;
            throw error;
          }
          expect(() =>
            validateEvent({
              action: 'reset_password',
              db_name: 'app',
              rds_secret_name: 'master',
              username: name,
            }),
          ).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });
});
