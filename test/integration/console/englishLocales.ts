/** The English locales the console tests run every conversation in: one stack, one session per locale. */
export const ENGLISH_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;

export type EnglishLocale = (typeof ENGLISH_LOCALES)[number];

/**
 * Where the English locales' answers differ, written out as a listener hears them (not computed with the
 * product's own helpers): the comma before "and" in a list (en-US only, as CLDR has it), the spelling of
 * "utilization", the Region the help names.
 */
export const EXPECTED: Readonly<
  Record<EnglishLocale, { readonly and: string; readonly cpu: string; readonly helpRegion: string }>
> = {
  'en-US': { and: ', and', cpu: 'CPU utilization', helpRegion: 'Oregon' },
  'en-GB': { and: ' and', cpu: 'CPU utilisation', helpRegion: 'Ireland' },
  'en-CA': { and: ' and', cpu: 'CPU utilization', helpRegion: 'Canada Central' },
  'en-AU': { and: ' and', cpu: 'CPU utilisation', helpRegion: 'Sydney' },
  'en-IN': { and: ' and', cpu: 'CPU utilisation', helpRegion: 'Mumbai' },
};
