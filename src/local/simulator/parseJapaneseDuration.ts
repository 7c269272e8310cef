import { parseJapaneseCardinal } from './parseJapaneseNumber.js';

/** Units as Japanese counts time, to the ISO-8601 designator and whether it sits after the T. */
const UNITS: Readonly<Record<string, readonly [string, boolean]>> = {
  年: ['Y', false],
  ヶ月: ['M', false],
  か月: ['M', false],
  カ月: ['M', false],
  週間: ['W', false],
  日: ['D', false],
  時間: ['H', true],
  分: ['M', true],
  秒: ['S', true],
};
const ORDER = ['Y', 'Mo', 'W', 'D', 'H', 'Mi', 'S'] as const;
/** Half of a unit, in the next smaller one: "1時間半" is PT1H30M. */
const HALF: Readonly<Record<string, readonly [string, number]>> = {
  日: ['時間', 12],
  時間: ['分', 30],
  分: ['秒', 30],
};

const GROUP = /^(半|[〇零一二三四五六七八九十百千\d]+)(年|ヶ月|か月|カ月|週間|日|時間|分|秒)(半)?(間)?/;

/**
 * The ISO-8601 duration AMAZON.DURATION gives in ja-JP: "30分" -> PT30M, "三十分" -> PT30M, "1時間半" ->
 * PT1H30M, "2日" -> P2D, "半日" -> PT12H. Undefined when the text is not a duration.
 */
export function parseJapaneseDuration(text: string): string | undefined {
  let rest = text.replace(/\s+/g, '');
  const parts = new Map<string, number>();
  const add = (unit: string, amount: number) => {
    const [letter, time] = UNITS[unit]!;
    const key = letter === 'M' ? (time ? 'Mi' : 'Mo') : letter;
    parts.set(key, (parts.get(key) ?? 0) + amount);
  };
  while (rest.length > 0) {
    const group = GROUP.exec(rest);
    if (!group) return undefined;
    const [whole, amountText, unit, half] = group as unknown as [string, string, string, string | undefined];
    if (amountText === '半') {
      const smaller = HALF[unit];
      if (!smaller || half) return undefined;
      add(smaller[0], smaller[1]);
    } else {
      const amount = parseJapaneseCardinal(amountText);
      if (amount === undefined) return undefined;
      if (amount > 0) add(unit, amount);
      if (half) {
        const smaller = HALF[unit];
        if (!smaller) return undefined;
        add(smaller[0], smaller[1]);
      }
    }
    rest = rest.slice(whole.length);
  }
  if (parts.size === 0) return undefined;
  const piece = (key: (typeof ORDER)[number], letter: string) => {
    const amount = parts.get(key);
    return amount ? `${amount}${letter}` : '';
  };
  const date = piece('Y', 'Y') + piece('Mo', 'M') + piece('W', 'W') + piece('D', 'D');
  const time = piece('H', 'H') + piece('Mi', 'M') + piece('S', 'S');
  return `P${date}${time ? `T${time}` : ''}`;
}
