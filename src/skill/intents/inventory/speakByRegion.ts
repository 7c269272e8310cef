import type { Noun } from '../../speech/SpeechStrings.js';
import type { RequestContext } from '../RequestContext.js';

/**
 * Words for names grouped by Region: one sentence for a single Region, an intro plus one sentence per
 * non-empty Region otherwise. The card lists every name, one per line.
 */
export function speakByRegion(
  context: RequestContext,
  what: Noun,
  regionNames: readonly string[],
  namesByRegion: readonly (readonly string[])[],
): { speech: string; card: string } {
  const { inventory } = context.strings;
  const card = regionNames
    .map((region, i) => (namesByRegion[i]!.length > 0 ? `${region}:\n${namesByRegion[i]!.join('\n')}` : ''))
    .filter((part) => part !== '')
    .join('\n\n');
  if (regionNames.length === 1) {
    const speech = inventory.list(what, regionNames[0]!, namesByRegion[0]!);
    return { speech, card: card || speech };
  }
  const total = namesByRegion.reduce((sum, names) => sum + names.length, 0);
  if (total === 0) {
    const speech = inventory.list(what, inventory.where(regionNames), []);
    return { speech, card: speech };
  }
  const parts = regionNames
    .map((region, i) =>
      namesByRegion[i]!.length > 0 ? inventory.listRegionPart(region, namesByRegion[i]!) : '',
    )
    .filter((part) => part !== '');
  return { speech: [inventory.listAcrossIntro(total, what), ...parts].join(' '), card };
}
