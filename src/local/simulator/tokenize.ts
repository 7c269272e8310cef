/**
 * Contractions people type either way ("what's" / "what is"). Sample utterances and what the user says are
 * both expanded, so a sample written with one form matches the other.
 */
const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  "what's": ['what', 'is'],
  "how's": ['how', 'is'],
  "it's": ['it', 'is'],
  "that's": ['that', 'is'],
  "there's": ['there', 'is'],
  "who's": ['who', 'is'],
  "where's": ['where', 'is'],
  "i'm": ['i', 'am'],
  "don't": ['do', 'not'],
  "doesn't": ['does', 'not'],
  "isn't": ['is', 'not'],
  "aren't": ['are', 'not'],
  "can't": ['can', 'not'],
  "what're": ['what', 'are'],
};

/** Kana, kanji and the marks that live inside Japanese words (the long-vowel mark, the repeat mark). */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u30fc\u3005]/u;

/**
 * Japanese writes no spaces between words: ICU's dictionary segmentation (Node's Intl.Segmenter with full
 * ICU) finds them. One instance, immutable, shared: building a segmenter per call costs more than using it.
 */
const JAPANESE_WORDS = new Intl.Segmenter('ja', { granularity: 'word' });

/** True when the text has kana or kanji: it is read as Japanese. */
export function isJapanese(text: string): boolean {
  return JAPANESE.test(text);
}

/**
 * Words as Alexa's recogniser would hand them over: lower case, no diacritics, no punctuation. Periods go
 * (so the model's "u. s. west two" and a typed "U.S. west two" both become "u s west two"), hyphens and
 * underscores split words, apostrophes inside words stay ("what's" is then expanded).
 *
 * Text with kana or kanji is first normalised (NFKC: full-width "ＣＰＵ３０" is "CPU30", half-width kana
 * full-width) and cut into words by Intl.Segmenter('ja'); its Latin words are then read as above. Kana keep
 * their voicing marks (NFD would strip "ポ" to "ホ"). Text without kana or kanji takes the English path only.
 */
export function tokenize(text: string): string[] {
  if (!isJapanese(text)) return latinWords(text);
  const words: string[] = [];
  for (const { segment } of JAPANESE_WORDS.segment(text.normalize('NFKC'))) {
    if (isJapanese(segment)) {
      const word = segment.replace(/[^\p{L}\p{N}\u30fc\u3005]/gu, '');
      if (word) words.push(word);
    } else words.push(...latinWords(segment));
  }
  return words;
}

/**
 * The units the matcher aligns samples and utterances on: words, with Japanese words cut into characters.
 * The segmenter cuts an unknown katakana name differently by context ("レポーティング" alone is one word,
 * before "インスタンス" it is レ|ポー|ティン|グ), so a sample's words and an utterance's can disagree about
 * where a name ends; characters cannot. English words pass unchanged.
 */
export function matchUnits(words: readonly string[]): string[] {
  return words.flatMap((word) => (isJapanese(word) ? [...word] : [word]));
}

/** Units back into what Alexa would put in a slot value: spaces only between two non-Japanese units. */
export function joinUnits(units: readonly string[]): string {
  let text = '';
  for (const [index, unit] of units.entries()) {
    if (index > 0 && !isJapanese(unit) && !isJapanese(units[index - 1]!)) text += ' ';
    text += unit;
  }
  return text;
}

function latinWords(text: string): string[] {
  const cleaned = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ');
  const words: string[] = [];
  for (const raw of cleaned.split(/\s+/)) {
    const word = raw.replace(/^'+|'+$/g, '');
    if (!word) continue;
    words.push(...(CONTRACTIONS[word] ?? [word]));
  }
  return words;
}
