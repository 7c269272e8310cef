import { hashString } from './hashString.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A pseudo-random string that is the same for the same seed (resource ids, ARN suffixes, hosts). */
export function stableId(seed: string, length: number, alphabet = BASE32): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += alphabet[hashString(`${seed}#${i}`) % alphabet.length];
  return out;
}
