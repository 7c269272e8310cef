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

/**
 * Words as Alexa's recogniser would hand them over: lower case, no diacritics, no punctuation. Periods go
 * (so the model's "u. s. west two" and a typed "U.S. west two" both become "u s west two"), hyphens and
 * underscores split words, apostrophes inside words stay ("what's" is then expanded).
 */
export function tokenize(text: string): string[] {
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
