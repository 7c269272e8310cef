import type { Response } from 'ask-sdk-model';

function decodeSsml(ssml: string): string {
  return ssml
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The full content of an answer for an e-mail: the card (which holds whole lists where speech stops at 20)
 * under its title, and the spoken words when they say something the card does not.
 */
export function answerText(response: Response): string {
  const speech = response.outputSpeech;
  const spoken =
    speech?.type === 'SSML' ? decodeSsml(speech.ssml) : speech?.type === 'PlainText' ? speech.text : '';
  const card = response.card;
  const cardBody = card?.type === 'Simple' ? card.content : card?.type === 'Standard' ? card.text : undefined;
  if (!card || !cardBody) return spoken;
  const title = 'title' in card && card.title ? `${card.title}\n\n` : '';
  return cardBody.includes(spoken) || spoken === ''
    ? `${title}${cardBody}`
    : `${title}${spoken}\n\n${cardBody}`;
}
