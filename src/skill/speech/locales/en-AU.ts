import { BRITISH_SPELLINGS } from './britishSpellings.js';
import { englishStrings } from './englishStrings.js';

/** English (Australia): day-month dates and a 12-hour clock (Intl), British spelling, Sydney as the example. */
export const enAU = englishStrings({
  locale: 'en-AU',
  spellings: BRITISH_SPELLINGS,
  exampleRegion: 'Sydney',
});
