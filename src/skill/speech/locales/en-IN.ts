import { BRITISH_SPELLINGS } from './britishSpellings.js';
import { englishStrings } from './englishStrings.js';

/** English (India): lakh digit grouping and day-month dates (Intl), British spelling, Mumbai as the example. */
export const enIN = englishStrings({
  locale: 'en-IN',
  spellings: BRITISH_SPELLINGS,
  exampleRegion: 'Mumbai',
});
