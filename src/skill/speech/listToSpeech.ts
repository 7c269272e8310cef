/** How many items a spoken list names before "and N more"; the card and e-mail carry all of them. */
export const SPOKEN_LIST_LIMIT = 20;

/**
 * A natural list in the locale's own words ("a, b, and c"), cut after `limit` items with the locale's
 * "and N more" so nobody listens to 200 names.
 */
export function listToSpeech(
  items: readonly string[],
  locale: string,
  more: (count: number) => string,
  limit = SPOKEN_LIST_LIMIT,
): string {
  const format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  if (items.length <= limit) return format.format(items);
  const shown = items.slice(0, limit);
  return `${new Intl.ListFormat(locale, { style: 'long', type: 'unit' }).format(shown)} ${more(items.length - limit)}`;
}
