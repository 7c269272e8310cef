import type { SpeechStrings } from './SpeechStrings.js';

/** MySQL variables whose plain number is a size in bytes. */
const BYTE_SIZED = /(_size|_packet|_buffer|_length)$/;

/** Size units as PostgreSQL (kB, MB, GB, TB) and Oracle (K, M, G, T) print them, in bytes. */
const SIZE_UNITS: Record<string, number> = {
  B: 1,
  kB: 1024,
  K: 1024,
  MB: 1024 ** 2,
  M: 1024 ** 2,
  GB: 1024 ** 3,
  G: 1024 ** 3,
  TB: 1024 ** 4,
  T: 1024 ** 4,
};

/** SQL Server names the unit in the option itself: "max server memory (MB)". */
const NAMED_UNIT = /\((KB|MB|GB)\)\s*$/i;

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
    // Sizes are scaled like every other size ("43.2 gigabytes", not "45,268,336 kilobytes").
    const bytesPerUnit = SIZE_UNITS[withUnit[2]!];
    if (bytesPerUnit !== undefined) return strings.bastion.size(Number(withUnit[1]) * bytesPerUnit);
    const spoken = words.withUnit(Number(withUnit[1]), withUnit[2]!);
    if (spoken) return spoken;
  }
  // SQL Server's "no limit" is the largest int (max server memory's default): say so, not "2,048 terabytes".
  if (text === '2147483647') return words.unlimited;
  const namedUnit = NAMED_UNIT.exec(name)?.[1]?.toUpperCase();
  if (/^\d+$/.test(text) && namedUnit)
    return strings.bastion.size(Number(text) * SIZE_UNITS[namedUnit === 'KB' ? 'kB' : namedUnit]!);
  if (/^\d+$/.test(text) && BYTE_SIZED.test(name) && Number(text) >= 1024)
    return strings.bastion.size(Number(text));
  return text.replace(/_/g, ' ').replace(/,(?=\S)/g, ', ');
}
