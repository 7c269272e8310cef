import { tokenize } from './tokenize.js';

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

/** How Alexa reads the reply to a confirmation question; undefined when it is not a yes or a no. */
export function parseConfirmationAnswer(utterance: string): 'CONFIRMED' | 'DENIED' | undefined {
  const said = tokenize(utterance).join(' ');
  if (YES.has(said)) return 'CONFIRMED';
  if (NO.has(said)) return 'DENIED';
  return undefined;
}
