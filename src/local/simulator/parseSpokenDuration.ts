import { parseCardinal } from './parseCardinal.js';
import { parseJapaneseDuration } from './parseJapaneseDuration.js';
import { isJapanese, joinUnits } from './tokenize.js';

type Unit = 'Y' | 'Mo' | 'W' | 'D' | 'H' | 'Mi' | 'S';

const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  year: 'Y',
  years: 'Y',
  month: 'Mo',
  months: 'Mo',
  week: 'W',
  weeks: 'W',
  day: 'D',
  days: 'D',
  hour: 'H',
  hours: 'H',
  hr: 'H',
  hrs: 'H',
  minute: 'Mi',
  minutes: 'Mi',
  min: 'Mi',
  mins: 'Mi',
  second: 'S',
  seconds: 'S',
  sec: 'S',
  secs: 'S',
};

/** Half of a unit, in the next smaller unit: ISO-8601 durations here carry whole numbers only. */
const HALF: Partial<Record<Unit, readonly [Unit, number]>> = {
  D: ['H', 12],
  H: ['Mi', 30],
  Mi: ['S', 30],
};

/**
 * The ISO-8601 duration AMAZON.DURATION would give for these words, or undefined when they are not one:
 * "thirty minutes" -> PT30M, "two hours" -> PT2H, "a day" -> P1D, "an hour and a half" -> PT1H30M,
 * "half an hour" -> PT30M, "one hour and fifteen minutes" -> PT1H15M. Japanese ("30分") is read by
 * parseJapaneseDuration.
 */
export function parseSpokenDuration(words: readonly string[]): string | undefined {
  if (words.some(isJapanese)) return parseJapaneseDuration(joinUnits(words));
  const parts = new Map<Unit, number>();
  let i = 0;
  let groups = 0;
  while (i < words.length) {
    if (groups > 0) {
      if (words[i] !== 'and') return undefined;
      i++;
    }
    const group = readGroup(words, i);
    if (!group) return undefined;
    for (const [unit, amount] of group.parts) parts.set(unit, (parts.get(unit) ?? 0) + amount);
    i = group.next;
    groups++;
  }
  return groups === 0 ? undefined : format(parts);
}

interface Group {
  readonly parts: readonly (readonly [Unit, number])[];
  readonly next: number;
}

function readGroup(words: readonly string[], start: number): Group | undefined {
  let i = start;
  let amount: number;
  let half = false;
  if (words[i] === 'half' && (words[i + 1] === 'a' || words[i + 1] === 'an')) {
    amount = 0;
    half = true;
    i += 2;
  } else if (words[i] === 'a' || words[i] === 'an') {
    amount = 1;
    i++;
    if (words[i] === 'couple' && words[i + 1] === 'of') {
      amount = 2;
      i += 2;
    }
  } else if (words[i] === 'couple' && words[i + 1] === 'of') {
    amount = 2;
    i += 2;
  } else {
    const cardinal = parseCardinal(words, i);
    if (!cardinal) return undefined;
    amount = cardinal.value;
    i = cardinal.next;
  }
  // "one and a half hours"
  if (words[i] === 'and' && words[i + 1] === 'a' && words[i + 2] === 'half') {
    half = true;
    i += 3;
  }
  const unit = UNIT_WORDS[words[i] ?? ''];
  if (!unit) return undefined;
  i++;
  // "an hour and a half"
  if (!half && words[i] === 'and' && words[i + 1] === 'a' && words[i + 2] === 'half') {
    half = true;
    i += 3;
  }
  const parts: (readonly [Unit, number])[] = [];
  if (amount > 0) parts.push([unit, amount]);
  if (half) {
    const smaller = HALF[unit];
    if (!smaller) return undefined;
    parts.push(smaller);
  }
  return parts.length > 0 ? { parts, next: i } : undefined;
}

function format(parts: ReadonlyMap<Unit, number>): string {
  const piece = (unit: Unit, letter: string): string => {
    const amount = parts.get(unit);
    return amount ? `${amount}${letter}` : '';
  };
  const date = piece('Y', 'Y') + piece('Mo', 'M') + piece('W', 'W') + piece('D', 'D');
  const time = piece('H', 'H') + piece('Mi', 'M') + piece('S', 'S');
  return `P${date}${time ? `T${time}` : ''}`;
}
