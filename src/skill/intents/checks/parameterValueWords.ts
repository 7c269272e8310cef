import type { SpeechStrings } from '../../speech/locales/en-US.js';

/** MySQL variables whose plain number is a size in bytes. */
const BYTE_SIZED = /(_size|_packet|_buffer|_length)$/;

/**
 * A parameter's value as it is best said: "128MB" or Oracle's "2G" with their unit in words, byte-sized
 * MySQL numbers scaled, ON/OFF as on/off, and identifiers with their underscores turned into spaces.
 */
export function parameterValueWords(name: string, value: string, strings: SpeechStrings): string {
  const words = strings.bastion.parameter;
  const text = value.trim();
  if (text === '') return words.empty;
  if (/^on$/i.test(text)) return words.on;
  if (/^off$/i.test(text)) return words.off;
  const withUnit = /^(-?\d+(?:\.\d+)?)\s*([A-Za-z]+)$/.exec(text);
  if (withUnit) {
    const spoken = words.withUnit(Number(withUnit[1]), withUnit[2]!);
    if (spoken) return spoken;
  }
  if (/^\d+$/.test(text) && BYTE_SIZED.test(name) && Number(text) >= 1024)
    return strings.bastion.size(Number(text));
  return text.replace(/_/g, ' ').replace(/,(?=\S)/g, ', ');
}
