/** Digits as Japanese writes and says them: kanji, and the kana readings people use for codes. */
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  ゼロ: 0,
  ぜろ: 0,
  れい: 0,
  まる: 0,
  一: 1,
  いち: 1,
  二: 2,
  に: 2,
  三: 3,
  さん: 3,
  四: 4,
  よん: 4,
  し: 4,
  五: 5,
  ご: 5,
  六: 6,
  ろく: 6,
  七: 7,
  なな: 7,
  しち: 7,
  八: 8,
  はち: 8,
  九: 9,
  きゅう: 9,
  く: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 億: 100_000_000 };
/** Longest reading first, so "しち" is read before "し". */
const READINGS = Object.keys(DIGITS).sort((a, b) => b.length - a.length);

/**
 * A number written or said in Japanese, as AMAZON.NUMBER gives it in ja-JP: "三十" -> 30, "二千二十四" ->
 * 2024, "30" -> 30. Undefined when the text is not one number.
 */
export function parseJapaneseCardinal(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇零一二三四五六七八九十百千万億\d]+$/.test(text)) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of text) {
    const value = DIGITS[char] ?? (/\d/.test(char) ? Number(char) : undefined);
    if (value !== undefined) {
      digit = (digit ?? 0) * 10 + value;
      continue;
    }
    const small = SMALL_UNITS[char];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = undefined;
      continue;
    }
    const large = LARGE_UNITS[char]!;
    total += (section + (digit ?? 0) || 1) * large;
    section = 0;
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}

/**
 * A code read digit by digit ("一二三四五六", "いちにさんよんごろく", "123 456"), or one cardinal:
 * the digits AMAZON.NUMBER would put in the slot, or undefined when the text is not a number.
 */
export function parseJapaneseNumber(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return undefined;
  if (/[十百千万億]/.test(compact)) {
    const cardinal = parseJapaneseCardinal(compact);
    return cardinal === undefined ? undefined : String(cardinal);
  }
  let digits = '';
  let rest = compact;
  while (rest.length > 0) {
    const arabic = /^\d+/.exec(rest)?.[0];
    if (arabic) {
      digits += arabic;
      rest = rest.slice(arabic.length);
      continue;
    }
    const reading = READINGS.find((said) => rest.startsWith(said));
    if (reading === undefined) return undefined;
    digits += String(DIGITS[reading]);
    rest = rest.slice(reading.length);
  }
  return digits;
}
