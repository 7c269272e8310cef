import { englishStrings } from './englishStrings.js';

/** The English (US) words of the skill: the English source as written (see englishStrings). */
export const enUS = englishStrings({ locale: 'en-US', spellings: {}, exampleRegion: 'Oregon' });
