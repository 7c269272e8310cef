import { RegionUnknown } from './errors.js';
import { ALL_REGIONS_ID, findRegion } from './regions.js';

/** What the region slot said, after entity resolution. */
export interface RegionSlot {
  /** The resolved id (a Region code or ALL), when Alexa matched a value. */
  readonly id?: string;
  /** The words heard. */
  readonly spoken?: string;
}

/**
 * Turns the region slot into the Region codes to look in. No Region, or "all regions", means every managed
 * Region; a named Region must be a real one, and one this deployment manages is not required (the user
 * may ask about any Region the role can read).
 */
export function resolveRegions(
  slot: RegionSlot,
  managed: readonly string[],
): { regions: string[]; explicit: boolean } {
  if (slot.id === ALL_REGIONS_ID) return { regions: [...managed], explicit: false };
  if (slot.id) {
    const byId = findRegion(slot.id);
    if (byId) return { regions: [byId.code], explicit: true };
  }
  if (slot.spoken && slot.spoken.trim() !== '') {
    const bySpoken = findRegion(slot.spoken) ?? findRegion(withoutTimeWords(slot.spoken));
    if (bySpoken) return { regions: [bySpoken.code], explicit: true };
    if (/^(all|every|any)\b|everywhere/i.test(slot.spoken.trim()))
      return { regions: [...managed], explicit: false };
    throw new RegionUnknown(slot.spoken, managed);
  }
  return { regions: [...managed], explicit: false };
}

/**
 * "in Oregon right now": words of time after a Region name, which Alexa may leave in the slot's value. The
 * answer is about now anyway, so they are dropped before the Region is looked up.
 */
function withoutTimeWords(spoken: string): string {
  return spoken.replace(
    /\s+(right now|now|today|at the moment|at the minute|currently|at present|please)$/i,
    '',
  );
}
