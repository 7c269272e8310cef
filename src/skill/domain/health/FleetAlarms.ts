import type { MissingRegion } from '../MissingRegion.js';
import type { UnreadCheck } from './FleetHealthReport.js';

/** An alarm in ALARM and the instance (by its spoken name) it watches. */
export interface FleetAlarm {
  readonly region: string;
  readonly instance: string;
  readonly alarm: string;
  readonly since?: Date;
}

/** Firing alarms across Regions; `unread` Regions answered for instances but not for alarms. */
export interface FleetAlarms {
  readonly regions: readonly string[];
  readonly alarms: readonly FleetAlarm[];
  readonly missing: readonly MissingRegion[];
  readonly unread: readonly UnreadCheck[];
}
