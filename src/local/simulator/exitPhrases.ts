import { joinUnits, matchUnits, tokenize } from './tokenize.js';

/** Phrases that end the session outright: Alexa sends SessionEndedRequest (USER_INITIATED), no intent. */
export const exitPhrases: readonly string[] = ['exit', 'quit', 'alexa exit', 'alexa quit'];
/** The same in Japanese ("アレクサ、終了"), compared without spaces. */
export const exitPhrasesJa: readonly string[] = ['終了', '終了して', 'アレクサ終了', 'アレクサ終了して'];

/** Whether the utterance ends the session, in either language. */
export function isExitPhrase(utterance: string): boolean {
  const words = tokenize(utterance);
  return exitPhrases.includes(words.join(' ')) || exitPhrasesJa.includes(joinUnits(matchUnits(words)));
}
