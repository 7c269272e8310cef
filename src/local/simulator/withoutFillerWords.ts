/** Said before a request without being part of it: "so who am i", "ok what user id do i have". */
const LEADING_FILLERS: ReadonlySet<string> = new Set([
  'so',
  'ok',
  'okay',
  'well',
  'um',
  'uh',
  'hey',
  'please',
  'just',
  'and',
  'now',
]);

/** Said after a request: "what's my alexa id then", "tell me my user id please". */
const TRAILING_FILLERS: ReadonlySet<string> = new Set(['please', 'then', 'now', 'thanks', 'thank', 'you']);

/**
 * The words of an utterance without the courtesy and filler words around it, or undefined when there are
 * none to drop (or nothing else would be left). Alexa's NLU is statistical and hears "please add me to the
 * allow list" as the sample "add me to the allow list"; a model cannot list every such variant (its size is
 * capped), so the simulator drops them when the words as said match no sample.
 */
export function withoutFillerWords(words: readonly string[]): readonly string[] | undefined {
  let start = 0;
  let end = words.length;
  while (start < end && LEADING_FILLERS.has(words[start]!)) start++;
  while (end > start && TRAILING_FILLERS.has(words[end - 1]!)) end--;
  if (start === end || (start === 0 && end === words.length)) return undefined;
  return words.slice(start, end);
}
