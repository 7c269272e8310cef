import type { StatusChange } from '../state/RegionState.js';

/** A timeline that shows `status` from `now` and `available` again from `doneAt` (a reboot, a failover). */
export function busyUntil(status: string, now: Date, doneAt: Date): StatusChange[] {
  return [
    { at: now, status },
    { at: doneAt, status: 'available' },
  ];
}
