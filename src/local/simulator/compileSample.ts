import { tokenize } from './tokenize.js';

export type PatternToken =
  | { readonly kind: 'word'; readonly word: string }
  | { readonly kind: 'slot'; readonly name: string };

/** "what's the {metric} on {instance}" -> words and slot references, words normalised like user input. */
export function compileSample(sample: string): PatternToken[] {
  const tokens: PatternToken[] = [];
  for (const part of sample.split(/(\{[^}]*\})/)) {
    const slot = /^\{(.+)\}$/.exec(part);
    if (slot) {
      tokens.push({ kind: 'slot', name: slot[1]!.trim() });
      continue;
    }
    for (const word of tokenize(part)) tokens.push({ kind: 'word', word });
  }
  return tokens;
}
