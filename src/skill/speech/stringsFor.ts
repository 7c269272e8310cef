import { enUS } from './locales/en-US.js';
import type { SpeechStrings } from './SpeechStrings.js';

const LOCALES: Record<string, SpeechStrings> = { 'en-US': enUS };

/**
 * The strings for a request's locale. Other English locales share en-US until they get their own file;
 * adding a locale means adding a file here and touching no handler.
 */
export function stringsFor(locale: string | undefined): SpeechStrings {
  if (locale && LOCALES[locale]) return LOCALES[locale];
  return enUS;
}
