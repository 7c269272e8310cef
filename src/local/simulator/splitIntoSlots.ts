import type { PatternToken } from './compileSample.js';

/** Where each slot's words start and end (end exclusive) in one way of reading the utterance. */
export type SlotSpans = ReadonlyMap<string, readonly [number, number]>;

/** Enough readings for any utterance a person says in one breath; stops pathological inputs. */
const MAX_READINGS = 500;

/**
 * Every way the utterance's words fit the pattern: literal words must be equal, each slot takes one or more
 * words. Several readings exist when slots sit next to each other ("{region} {ago}"); the caller picks the
 * one whose slot values make most sense.
 */
export function splitIntoSlots(pattern: readonly PatternToken[], words: readonly string[]): SlotSpans[] {
  const readings: SlotSpans[] = [];
  const spans = new Map<string, readonly [number, number]>();
  const walk = (p: number, w: number): void => {
    if (readings.length >= MAX_READINGS) return;
    if (p === pattern.length) {
      if (w === words.length) readings.push(new Map(spans));
      return;
    }
    const token = pattern[p]!;
    if (token.kind === 'word') {
      if (words[w] === token.word) walk(p + 1, w + 1);
      return;
    }
    // Each remaining token needs at least one word.
    const maxEnd = words.length - (pattern.length - p - 1);
    for (let end = w + 1; end <= maxEnd; end++) {
      spans.set(token.name, [w, end]);
      walk(p + 1, end);
    }
    spans.delete(token.name);
  };
  walk(0, 0);
  return readings;
}
