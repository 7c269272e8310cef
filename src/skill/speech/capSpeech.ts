/** Alexa rejects output speech over 8,000 characters; stay well below after SSML escaping. */
export const MAX_SPEECH_CHARS = 7_500;

/** Cuts text at the last sentence end that fits, so a huge answer is shortened rather than refused. */
export function capSpeech(text: string, max = MAX_SPEECH_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  return sentenceEnd > max / 2 ? cut.slice(0, sentenceEnd + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
