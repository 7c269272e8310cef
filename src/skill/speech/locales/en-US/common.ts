import { IntlMessageFormat } from 'intl-messageformat';
import { listToSpeech } from '../../listToSpeech.js';

/** The English locales Alexa offers; each speaks through the files of this folder. */
export type EnglishLocale = 'en-US' | 'en-GB' | 'en-CA' | 'en-AU' | 'en-IN';

/**
 * What one English locale does differently from the words written in this folder. Everything else is shared:
 * dates, times, numbers and lists differ by `locale` alone, through Intl, so no table of month names or
 * clock styles is kept per country.
 */
export interface EnglishVariant {
  readonly locale: EnglishLocale;
  /** Whole words spelt differently from en-US ("utilization" -> "utilisation"); lower case. */
  readonly spellings: Readonly<Record<string, string>>;
  /** The Region named in the launch and help examples: one the listener's team is likely to run in. */
  readonly exampleRegion: string;
}

/** The helpers every English capability file writes with, bound to one variant. */
export interface English {
  readonly locale: EnglishLocale;
  readonly variant: EnglishVariant;
  /** "1 instance", "3 instances", "1,00,000 instances" (en-IN): the locale's plural rule and digits. */
  plural(count: number, one: string, many: string): string;
  /** "a, b, and c" (en-US) or "a, b and c" (en-GB), cut after 20 items with "and N more". */
  list(items: readonly string[]): string;
  /** At most two decimals, grouped the locale's way: 1,234.5 or 1,23,456. */
  number(value: number): string;
  /** The skill's own words in the variant's spelling; never applied to names from the fleet. */
  spell(text: string): string;
  /** An ICU message ("{count, plural, one {# alarm is} other {# alarms are}}") in the variant's locale. */
  message(pattern: string, values: Record<string, string | number>): string;
}

const PLURAL = '{count, plural, one {# {one}} other {# {many}}}';

/** The helpers of one English variant. Message formats are compiled once per pattern. */
export function english(variant: EnglishVariant): English {
  const { locale } = variant;
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const compiled = new Map<string, IntlMessageFormat>();
  const message = (pattern: string, values: Record<string, string | number>): string => {
    let format = compiled.get(pattern);
    if (!format) {
      format = new IntlMessageFormat(pattern, locale);
      compiled.set(pattern, format);
    }
    return String(format.format(values));
  };
  const words = Object.keys(variant.spellings);
  const respelt = words.length === 0 ? undefined : new RegExp(`\\b(${words.join('|')})\\b`, 'gi');
  return {
    locale,
    variant,
    plural: (count, one, many) => message(PLURAL, { count, one, many }),
    list: (items) => listToSpeech(items, locale, (n) => `and ${n} more`),
    number: (value) => numbers.format(value),
    spell: (text) =>
      respelt
        ? text.replace(respelt, (word) => {
            const spelt = variant.spellings[word.toLowerCase()] ?? word;
            return word[0] === word[0]!.toUpperCase() ? spelt[0]!.toUpperCase() + spelt.slice(1) : spelt;
          })
        : text,
    message,
  };
}

/** Every entry of a table of the skill's own words, in the variant's spelling. */
export function spellAll<K extends string>(
  en: English,
  table: Readonly<Record<K, string>>,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<string>(table).map(([key, text]) => [key, en.spell(text)]),
  ) as Record<K, string>;
}
