import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Understand } from './twoMatchers.js';

/** One phrasing of a set: what is said, the intent meant, and each slot as its id (or its words). */
export const PHRASING = z.tuple([
  z.string().min(1),
  z.string().min(1),
  z.record(z.string(), z.coerce.string()),
]);

/** A locale's phrasing set (test/unit/interaction-model/phrasings/<locale>.yaml), checked against `schema`. */
export function readPhrasings<S extends z.ZodType>(locale: string, schema: S): z.infer<S> {
  return schema.parse(parse(readFileSync(new URL(`../phrasings/${locale}.yaml`, import.meta.url), 'utf8')));
}

type Phrasing = readonly [string, string, Readonly<Record<string, string>>, ...unknown[]];

/**
 * How much of `phrasings` a matcher understands, intent and every slot: the share, a line per miss (the
 * utterance quoted by `quote`), and the phrasings missed.
 */
export async function scorePhrasings<P extends Phrasing>(
  understand: Understand,
  phrasings: readonly P[],
  quote: (utterance: string) => string = (utterance) => `"${utterance}"`,
): Promise<{ share: number; misses: string[]; missed: P[] }> {
  const misses: string[] = [];
  const missed: P[] = [];
  for (const phrasing of phrasings) {
    const [utterance, intent, slots] = phrasing;
    const got = await understand(utterance);
    const same =
      got.intent === intent &&
      JSON.stringify(Object.entries(got.slots).sort()) === JSON.stringify(Object.entries(slots).sort());
    if (same) continue;
    missed.push(phrasing);
    misses.push(
      `${quote(utterance)} -> ${got.intent} ${JSON.stringify(got.slots)}, not ${intent} ${JSON.stringify(slots)}`,
    );
  }
  return { share: 1 - misses.length / phrasings.length, misses, missed };
}
