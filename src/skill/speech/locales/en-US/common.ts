import { listToSpeech } from '../../listToSpeech.js';

/** The locale these files speak: list and number formatting follow it. */
export const LOCALE = 'en-US';

/** "1 instance", "3 instances": both forms given, never made by appending "s". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "a, b, and c", cut after 20 items with "and N more". */
export function list(items: readonly string[]): string {
  return listToSpeech(items, LOCALE, (n) => `and ${n} more`);
}

/** At most two decimals, grouped the English way: 1,234.5. */
export function number(value: number): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }).format(value);
}
