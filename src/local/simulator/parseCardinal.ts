const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = { thousand: 1_000, million: 1_000_000 };

export interface CardinalMatch {
  readonly value: number;
  /** Index of the first word after the number. */
  readonly next: number;
}

type Last = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

/**
 * Reads the longest spoken cardinal starting at `start` ("six hundred forty five thousand two hundred
 * eighty one", "twenty five", or one digit token). It stops where the words stop forming one number, so
 * "six four" yields 6 and leaves "four" for the caller, which is how digit-by-digit codes are read.
 */
export function parseCardinal(words: readonly string[], start: number): CardinalMatch | undefined {
  const first = words[start];
  if (first === undefined) return undefined;
  if (/^\d+$/.test(first)) return { value: Number(first), next: start + 1 };
  if (first === 'zero') return { value: 0, next: start + 1 };

  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let lastScale = Number.POSITIVE_INFINITY;
  let next = start;
  for (let i = start; i < words.length; i++) {
    const word = words[i]!;
    const unit = UNITS[word];
    const tens = TENS[word];
    const scale = SCALES[word];
    if (unit !== undefined && unit > 0) {
      const afterTens = last === 'tens' && unit < 10;
      if (last !== 'none' && last !== 'hundred' && last !== 'scale' && !afterTens) break;
      current += unit;
      last = unit < 10 ? 'unit' : 'teen';
    } else if (tens !== undefined) {
      if (last !== 'none' && last !== 'hundred' && last !== 'scale') break;
      current += tens;
      last = 'tens';
    } else if (word === 'hundred') {
      if (last !== 'unit' && last !== 'teen') break;
      current *= 100;
      last = 'hundred';
    } else if (scale !== undefined) {
      if (last === 'none' || last === 'scale' || scale >= lastScale) break;
      total += current * scale;
      current = 0;
      lastScale = scale;
      last = 'scale';
    } else if (word === 'and' && (last === 'hundred' || last === 'scale')) {
      // "one hundred and five": only part of the number if a number word follows.
      const following = words[i + 1];
      if (following === undefined || (UNITS[following] === undefined && TENS[following] === undefined)) break;
      continue;
    } else {
      break;
    }
    next = i + 1;
  }
  return next === start ? undefined : { value: total + current, next };
}
