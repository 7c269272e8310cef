import { englishStrings } from './englishStrings.js';

/** English (Canada): month-day dates and a.m./p.m. (Intl), "licence" but US "-ize", Canada Central as the example. */
export const enCA = englishStrings({
  locale: 'en-CA',
  spellings: { license: 'licence' },
  exampleRegion: 'Canada Central',
});
