import type { Deadline } from './Deadline.js';

/** What a paginated read collected, and whether the deadline stopped it with pages still to come. */
export interface PagesRead<T> {
  readonly items: T[];
  readonly cut: boolean;
}

/**
 * Reads an SDK paginator's pages in order, collecting each page's items, and stops after a page that has a
 * next one when the request's deadline has passed. Whether a cut list may be answered (an instance's alarms,
 * "in the Regions that answered") or must be refused (a fleet inventory) is the caller's decision.
 */
export async function readPages<P, T>(
  pages: AsyncIterable<P>,
  deadline: Deadline,
  itemsOf: (page: P) => readonly T[] | undefined,
  hasNext: (page: P) => boolean,
): Promise<PagesRead<T>> {
  const items: T[] = [];
  for await (const page of pages) {
    items.push(...(itemsOf(page) ?? []));
    if (hasNext(page) && deadline.expired()) return { items, cut: true };
  }
  return { items, cut: false };
}
