import type { MissingRegion } from '../domain/MissingRegion.js';
import type { SpeechStrings } from './SpeechStrings.js';

/**
 * The sentence that says an answer is partial, or '' when nothing is missing. `regions`: the answer covers
 * the Regions that answered; `list`: one list was read only in part.
 */
export function missingNote(
  strings: SpeechStrings,
  missing: readonly MissingRegion[],
  kind: 'regions' | 'list' = 'regions',
): string {
  if (missing.length === 0) return '';
  const words = missing.map(({ region, reason }) => strings.partial.missing(strings.region(region), reason));
  return kind === 'regions' ? strings.partial.regionsAnswered(words) : strings.partial.listCutShort(words);
}
