import type { UnreadCheck } from '../domain/health/FleetHealthReport.js';
import type { SpeechStrings } from './SpeechStrings.js';

/**
 * The sentence naming the fleet-health checks that could not be read in Regions that otherwise answered, or
 * '' when every check was read: an answer with such a gap must never sound complete.
 */
export function unreadNote(strings: SpeechStrings, unread: readonly UnreadCheck[]): string {
  if (unread.length === 0) return '';
  return strings.fleetHealth.unread(
    unread.map(({ region, ...rest }) => ({ ...rest, regionName: strings.region(region) })),
  );
}
