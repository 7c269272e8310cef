import { hashString } from '../../../core/hashString.js';

/**
 * A small deterministic generator (mulberry32) seeded from text: the same instance and check give the same
 * sessions, sizes and timings on every run, so tests and demos can rely on them.
 */
export function seededRandom(seed: string): () => number {
  let state = hashString(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
