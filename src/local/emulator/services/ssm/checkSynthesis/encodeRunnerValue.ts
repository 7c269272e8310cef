/**
 * A value as run-check writes it after `key=`: percent-encoded for %, space, =, tab, CR and LF only (the
 * runner's encode() and its awk enc()), so everything else, quotes and parentheses included, stays literal.
 */
export function encodeRunnerValue(value: string): string {
  return value
    .replace(/%/g, '%25')
    .replace(/ /g, '%20')
    .replace(/=/g, '%3D')
    .replace(/\t/g, '%09')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
}
