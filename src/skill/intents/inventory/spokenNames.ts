import type { DbInstanceSummary } from '../../domain/fleet/DbInstanceSummary.js';
import { spokenNameOf } from '../../domain/fleet/nameReadings.js';

/**
 * Instances' names as the listener's locale says them (a Japanese reading where the tag gives one), in the
 * order of their tag names, so every locale lists a Region in the same order.
 */
export function spokenNames(instances: readonly DbInstanceSummary[], locale: string): string[] {
  return [...instances].sort((a, b) => a.name.localeCompare(b.name)).map((i) => spokenNameOf(i, locale));
}
