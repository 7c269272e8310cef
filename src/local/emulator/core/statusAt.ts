import type { StatusChange } from '../state/RegionState.js';

/** The status in force at `now`: the latest change that has taken effect. */
export function statusAt(timeline: readonly StatusChange[], now: Date): string {
  let status = timeline[0]?.status ?? 'available';
  for (const change of timeline) {
    if (change.at.getTime() <= now.getTime()) status = change.status;
  }
  return status;
}
