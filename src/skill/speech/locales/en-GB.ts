import { BRITISH_SPELLINGS } from './britishSpellings.js';
import { englishStrings } from './englishStrings.js';

/** English (UK): 24-hour clock and day-month dates (Intl), British spelling, Ireland as the example Region. */
export const enGB = englishStrings({
  locale: 'en-GB',
  spellings: BRITISH_SPELLINGS,
  exampleRegion: 'Ireland',
});
