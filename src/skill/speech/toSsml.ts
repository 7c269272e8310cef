import { escapeXmlCharacters } from 'ask-sdk-core';
import { capSpeech, MAX_SPEECH_CHARS } from './capSpeech.js';

/** Alexa refuses output speech over 8,000 characters; `<speak></speak>` takes 15 of them. */
const MAX_SSML_CHARS = 7_900;

/**
 * Characters XML 1.0 does not allow at all (C0 controls other than tab and line breaks, lone surrogates,
 * U+FFFE/U+FFFF): escaping cannot make them valid, and a transcription or a tag value may carry them.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Plain words as the text inside `<speak>`: cut to fit, stripped of what XML forbids, and escaped once
 * (& < > " '), so names from the fleet and words the user said can never break or inject SSML. Every
 * response's speech and reprompt pass through here, and nothing else escapes. (ask-sdk's helper reads an
 * entity already in the words, "R&amp;D", as its character: such a name is heard as "R&D".)
 */
export function toSsml(text: string): string {
  // Handlers join sentences with a space; Japanese puts none after 。, and a speaker would pause on one.
  const clean = text.replace(NOT_XML, '').replace(/([。！？])[ \u3000]+/g, '$1');
  let max = MAX_SPEECH_CHARS;
  let ssml = escapeXmlCharacters(capSpeech(clean, max));
  // Escaping lengthens text (& is five characters once escaped): cut the words shorter until it fits.
  while (ssml.length > MAX_SSML_CHARS) {
    max = Math.floor(max * 0.8);
    ssml = escapeXmlCharacters(capSpeech(clean, max));
  }
  return ssml;
}
