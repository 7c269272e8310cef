import { enAU } from './locales/en-AU.js';
import { enCA } from './locales/en-CA.js';
import { enGB } from './locales/en-GB.js';
import { enIN } from './locales/en-IN.js';
import { enUS } from './locales/en-US.js';
import { jaJP } from './locales/ja-JP.js';
import type { SpeechStrings } from './SpeechStrings.js';

/** Every locale the skill speaks, by the tag Alexa sends in request.locale. */
export const SPEECH_LOCALES: Readonly<Record<string, SpeechStrings>> = {
  'en-US': enUS,
  'en-GB': enGB,
  'en-CA': enCA,
  'en-AU': enAU,
  'en-IN': enIN,
  'ja-JP': jaJP,
};

/**
 * The strings for a request's locale: the locale itself, else one of its language (a future en-NZ device
 * hears en-US rather than a language it did not choose), else en-US. Adding a locale means adding it to
 * SPEECH_LOCALES and touching no handler.
 */
export function stringsFor(locale: string | undefined): SpeechStrings {
  if (locale && SPEECH_LOCALES[locale]) return SPEECH_LOCALES[locale];
  const language = locale?.split('-')[0];
  const sameLanguage = Object.values(SPEECH_LOCALES).find(
    (strings) => strings.locale.split('-')[0] === language,
  );
  return sameLanguage ?? enUS;
}
