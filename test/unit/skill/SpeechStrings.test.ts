import { describe, expect, it } from 'vitest';
import { enUS } from '../../../src/skill/speech/locales/en-US.js';
import type { SpeechStrings } from '../../../src/skill/speech/SpeechStrings.js';

/** Every leaf of a strings object: a sentence (string) or a sentence maker (function). */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

describe('SpeechStrings', () => {
  it('is implemented by en-US with words for every sentence', () => {
    // Prepare
    const all = leaves(enUS);
    // Assess
    expect(all.length).toBeGreaterThan(100);
    for (const [path, leaf] of all) {
      expect(typeof leaf === 'function' || (typeof leaf === 'string' && leaf !== ''), path).toBe(true);
    }
  });

  it('lets the compiler refuse a locale with a sentence missing or one it does not declare', () => {
    // Prepare: a second locale built like en-US, wrong in two ways.
    const { goodbye: _dropped, ...withoutGoodbye } = enUS;
    // @ts-expect-error "goodbye" is missing: a locale must say every sentence.
    const missing: SpeechStrings = withoutGoodbye;
    // @ts-expect-error "farewell" is not a sentence of the skill: typos and leftovers do not compile.
    const extra: SpeechStrings = { ...enUS, farewell: 'Bye.' };
    const wrongType: SpeechStrings = {
      ...enUS,
      // @ts-expect-error a sentence maker must take what the handlers pass (here: a Region code).
      region: (code: number) => String(code),
    };
    // Assess: at run time they are plain objects; the checks above are the compiler's.
    expect([missing, extra, wrongType].every((strings) => typeof strings === 'object')).toBe(true);
  });
});
