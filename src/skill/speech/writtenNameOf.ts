import { spokenNameOf } from '../domain/fleet/nameReadings.js';

/**
 * A name as a card or screen writes it: the reading the listener heard, with the exact name beside it when
 * they differ (「レポーティング（reporting）」), since a DBA looks the instance up by that name.
 */
export function writtenNameOf(
  named: { readonly name: string; readonly readings?: Readonly<Record<string, string>> },
  locale: string,
): string {
  const spoken = spokenNameOf(named, locale);
  if (spoken === named.name) return spoken;
  return locale.toLowerCase().startsWith('ja') ? `${spoken}（${named.name}）` : `${spoken} (${named.name})`;
}
