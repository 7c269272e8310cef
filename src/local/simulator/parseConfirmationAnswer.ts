import { isJapanese, joinUnits, matchUnits, tokenize } from './tokenize.js';

const YES = new Set([
  'yes',
  'yeah',
  'yep',
  'yup',
  'sure',
  'correct',
  'that is right',
  'that is correct',
  'right',
  'ok',
  'okay',
  'confirm',
  'confirmed',
  'do it',
  'go ahead',
  'affirmative',
  'yes please',
  'please do',
]);
const NO = new Set([
  'no',
  'nope',
  'nah',
  'do not',
  'no thanks',
  'no thank you',
  'negative',
  'not now',
  'wrong',
]);

/** Japanese answers, compared without spaces. */
const YES_JA = new Set([
  'はい',
  'うん',
  'ええ',
  'そう',
  'そうです',
  'お願いします',
  'お願い',
  'いいよ',
  'いいです',
  'オッケー',
  'やって',
  '実行して',
  'どうぞ',
  'はいお願いします',
]);
const NO_JA = new Set([
  'いいえ',
  'いや',
  'ううん',
  '違う',
  '違います',
  'いらない',
  '結構です',
  'やめて',
  'やめておく',
  'しないで',
  'だめ',
  'いいえ結構です',
]);

/** How Alexa reads the reply to a confirmation question; undefined when it is not a yes or a no. */
export function parseConfirmationAnswer(utterance: string): 'CONFIRMED' | 'DENIED' | undefined {
  if (isJapanese(utterance)) {
    const said = joinUnits(matchUnits(tokenize(utterance)));
    if (YES_JA.has(said)) return 'CONFIRMED';
    if (NO_JA.has(said)) return 'DENIED';
    return undefined;
  }
  const said = tokenize(utterance).join(' ');
  if (YES.has(said)) return 'CONFIRMED';
  if (NO.has(said)) return 'DENIED';
  return undefined;
}
