import type { MissingRegion } from '../MissingRegion.js';
import type { HealthIssue } from './HealthIssue.js';

/** A check of one Region that could not be read: the rest of that Region's answer still stands. */
export interface UnreadCheck {
  readonly region: string;
  readonly check: 'alarms' | 'maintenance' | 'events';
  /** Why: the call failed or was too slow, or (`tooMany`) the hour held more events than one call returns. */
  readonly reason: MissingRegion['reason'] | 'tooMany';
}

/**
 * What needs attention across the Regions asked, ranked (most urgent first). `missing`: Regions whose
 * inventory did not answer (nothing is known there); `unread`: checks that failed in a Region that did.
 * Nothing in `issues` with nothing missing or unread is the all-clear.
 */
export interface FleetHealthReport {
  readonly regions: readonly string[];
  /** Instances looked at (after the environment/application filter). */
  readonly instanceCount: number;
  readonly issues: readonly HealthIssue[];
  readonly missing: readonly MissingRegion[];
  readonly unread: readonly UnreadCheck[];
}
