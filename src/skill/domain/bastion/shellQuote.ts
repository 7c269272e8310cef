/** Words a POSIX shell reads back unchanged without quotes. */
const PLAIN = /^[A-Za-z0-9_./:@%+=,-]+$/;

/**
 * Quotes one word for the bastion's shell: single quotes, with an embedded quote written as '\''. The
 * runner validates its arguments again; this only makes sure each arrives as exactly one argument.
 */
export function shellQuote(word: string): string {
  if (PLAIN.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
