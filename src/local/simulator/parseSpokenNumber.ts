import { parseCardinal } from './parseCardinal.js';
import { parseJapaneseNumber } from './parseJapaneseNumber.js';
import { isJapanese, joinUnits } from './tokenize.js';

const DIGIT_WORDS: Readonly<Record<string, string>> = { oh: '0', zero: '0', o: '0' };
const REPEATS: Readonly<Record<string, number>> = { double: 2, triple: 3 };

/**
 * What AMAZON.NUMBER would put in the slot value for these words, or undefined when they are not a number.
 * One cardinal ("six hundred forty five thousand two hundred eighty one") is read as such; anything else
 * is read as groups said one after another and joined, the way people read codes: "six four five two eight
 * one", "sixty four fifty two eighty one", "645 281" all give "645281". Japanese ("一二三四五六") is read
 * by parseJapaneseNumber.
 */
export function parseSpokenNumber(words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  if (words.some(isJapanese)) return parseJapaneseNumber(joinUnits(words));
  const whole = parseCardinal(words, 0);
  if (whole && whole.next === words.length) return String(whole.value);

  let digits = '';
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    const repeat = REPEATS[word];
    if (repeat !== undefined) {
      const group = readGroup(words, i + 1);
      if (group?.text.length !== 1) return undefined;
      digits += group.text.repeat(repeat);
      i = group.next;
      continue;
    }
    const group = readGroup(words, i);
    if (!group) return undefined;
    digits += group.text;
    i = group.next;
  }
  return digits;
}

function readGroup(words: readonly string[], start: number): { text: string; next: number } | undefined {
  const word = words[start];
  if (word === undefined) return undefined;
  const zero = DIGIT_WORDS[word];
  if (zero !== undefined) return { text: zero, next: start + 1 };
  // A digit token keeps its leading zeros ("007"), which a cardinal would drop.
  if (/^\d+$/.test(word)) return { text: word, next: start + 1 };
  const cardinal = parseCardinal(words, start);
  return cardinal ? { text: String(cardinal.value), next: cardinal.next } : undefined;
}
