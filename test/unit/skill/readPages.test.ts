import { describe, expect, it } from 'vitest';
import { Deadline } from '../../../src/skill/domain/Deadline.js';
import { readPages } from '../../../src/skill/domain/readPages.js';

interface Page {
  readonly items: number[];
  readonly next?: string;
}

async function* pagesOf(pages: Page[], onPage: () => void = () => undefined): AsyncGenerator<Page> {
  for (const page of pages) {
    onPage();
    yield page;
  }
}

const PAGES: Page[] = [{ items: [1, 2], next: 'a' }, { items: [3], next: 'b' }, { items: [4] }];

describe('readPages', () => {
  it('collects every page while there is time', async () => {
    const read = await readPages(
      pagesOf(PAGES),
      new Deadline(60_000),
      (p) => p.items,
      (p) => !!p.next,
    );
    expect(read).toEqual({ items: [1, 2, 3, 4], cut: false });
  });

  it('stops after a page with a next one once the deadline has passed, and says the list was cut', async () => {
    // Prepare: the clock passes the deadline while the second page is read
    let now = 0;
    const deadline = new Deadline(1_000, () => now);
    let served = 0;
    // Act
    const read = await readPages(
      pagesOf(PAGES, () => {
        served += 1;
        if (served === 2) now = 2_000;
      }),
      deadline,
      (p) => p.items,
      (p) => !!p.next,
    );
    // Assess: the third page was never requested
    expect(read).toEqual({ items: [1, 2, 3], cut: true });
    expect(served).toBe(2);
  });

  it('is not cut when the deadline passes on the last page', async () => {
    let now = 0;
    const deadline = new Deadline(1_000, () => now);
    const read = await readPages(
      pagesOf([{ items: [1] }], () => {
        now = 5_000;
      }),
      deadline,
      (p) => p.items,
      (p) => !!p.next,
    );
    expect(read).toEqual({ items: [1], cut: false });
  });
});
