/** English ordinal words, as a device writes them ("first", "1st") or says a position ("number one"). */
const ENGLISH: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  'number one': 1,
  former: 1,
  second: 2,
  '2nd': 2,
  'number two': 2,
  third: 3,
  '3rd': 3,
  'number three': 3,
  fourth: 4,
  '4th': 4,
  'number four': 4,
  fifth: 5,
  '5th': 5,
  'number five': 5,
  last: -1,
  latter: -1,
  'last of them': -1,
};

/** The words around an English ordinal: "the first one", "the second please", "it's the last". */
const ENGLISH_FILLER =
  /^(?:(?:it's|it is|i mean|i meant|take|pick|choose|go with)\s+)?(?:the\s+)?|\s+(?:one|please|one please)$/g;

const JAPANESE_DIGITS: Readonly<Record<string, number>> = {
  '1': 1,
  一: 1,
  ひと: 1,
  '2': 2,
  二: 2,
  ふた: 2,
  '3': 3,
  三: 3,
  みっ: 3,
  '4': 4,
  四: 4,
  よっ: 4,
  '5': 5,
  五: 5,
  いつ: 5,
};

/**
 * 「1つ目」「二番目」「ふたつめ」: a position with its counter. The counter may be missing: the Region slot's
 * samples 「{region}番目」 leave only the number in the slot.
 */
const JAPANESE_POSITION =
  /^(1|2|3|4|5|一|二|三|四|五|ひと|ふた|みっ|よっ|いつ)(?:つ目|つめ|番目|ばんめ|番)?$/;

/** 「最初」「前の方」 are the first; 「最後」「後の方」「あとのほう」 the last (of two, the second). */
const JAPANESE_FIRST = new Set(['最初', 'さいしょ', '前', 'まえ', '先', 'さき', '初め', 'はじめ']);
const JAPANESE_LAST = new Set(['最後', 'さいご', '後', 'あと', '後ろ', 'うしろ']);

/** 「最初のほうです」「2番目のやつ」: the ordinal without what is said around it. */
function japaneseCore(heard: string): string {
  return heard
    .replace(/[\s。、．，]/g, '')
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/(?:でお願いします|でおねがいします|です|で|にします|を)$/u, '')
    .replace(/(?:の)?(?:方|ほう|やつ|もの|もん|インスタンス|リージョン|データベース)$/u, '')
    .replace(/の$/u, '');
}

function position(heard: string): number | undefined {
  const english = heard
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ENGLISH_FILLER, '')
    .trim();
  if (english in ENGLISH) return ENGLISH[english];
  const japanese = japaneseCore(heard);
  if (JAPANESE_FIRST.has(japanese)) return 1;
  if (JAPANESE_LAST.has(japanese)) return -1;
  const counted = JAPANESE_POSITION.exec(japanese);
  return counted ? JAPANESE_DIGITS[counted[1]!] : undefined;
}

/**
 * The choice an ordinal answer picks among the choices the skill just offered, in the order it said them:
 * "the second one" to "Which one: reporting or reporting-dev?" is reporting-dev, 「後の方」 (the latter) and
 * "the last one" the last. Undefined for anything else, or a position past the end ("the third" of two).
 */
export function chosenAmong(heard: string | undefined, choices: readonly string[]): string | undefined {
  if (heard === undefined || choices.length < 2) return undefined;
  const at = position(heard);
  if (at === undefined) return undefined;
  return at === -1 ? choices.at(-1) : choices[at - 1];
}
