import { randomInt } from 'node:crypto';

export interface PasswordRules {
  readonly length: number;
  readonly exclude: string;
  readonly numbers: boolean;
  readonly punctuation: boolean;
  readonly uppercase: boolean;
  readonly lowercase: boolean;
  readonly space: boolean;
  readonly requireEach: boolean;
}

const SETS = {
  lowercase: 'abcdefghijklmnopqrstuvwxyz',
  uppercase: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  numbers: '0123456789',
  punctuation: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  space: ' ',
} as const;

/** GetRandomPassword's generator: the allowed character sets, one of each when RequireEachIncludedType. */
export function randomPassword(rules: PasswordRules): string | undefined {
  const keep = (set: string): string => [...set].filter((c) => !rules.exclude.includes(c)).join('');
  const sets = [
    rules.lowercase ? keep(SETS.lowercase) : '',
    rules.uppercase ? keep(SETS.uppercase) : '',
    rules.numbers ? keep(SETS.numbers) : '',
    rules.punctuation ? keep(SETS.punctuation) : '',
    rules.space ? keep(SETS.space) : '',
  ].filter((set) => set.length > 0);
  const all = sets.join('');
  if (all.length === 0 || (rules.requireEach && sets.length > rules.length)) return undefined;
  const chars = rules.requireEach ? sets.map((set) => set[randomInt(set.length)]!) : [];
  while (chars.length < rules.length) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
