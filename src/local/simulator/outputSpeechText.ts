import type { ui } from 'ask-sdk-model';

/** What a listener hears, as text: SSML tags dropped and XML entities decoded. */
export function outputSpeechText(speech: ui.OutputSpeech | undefined): string | undefined {
  if (!speech) return undefined;
  if (speech.type === 'PlainText') return speech.text;
  return speech.ssml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
