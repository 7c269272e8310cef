import { type AnswerStrings, answersEnUS } from './locales/en-US/answers.js';

const LOCALES: Record<string, AnswerStrings> = { 'en-US': answersEnUS };

/** The yes/no words for a locale (other English locales share en-US, like stringsFor). */
export function answerStringsFor(locale: string | undefined): AnswerStrings {
  return (locale && LOCALES[locale]) || answersEnUS;
}
