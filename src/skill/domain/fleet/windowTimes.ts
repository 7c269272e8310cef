import { REGION_TIME_ZONES } from './regionTimeZones.js';

/** A moment in a week: day 0 is Sunday, as Date.getUTCDay counts. */
export interface WallTime {
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/**
 * When an RDS window (PreferredMaintenanceWindow "sun:08:00-sun:08:30", PreferredBackupWindow "07:00-07:30")
 * next starts: in UTC, as RDS gives it, and in the Region's own time zone when the Region is known.
 */
export interface WindowTimes {
  /** A maintenance window recurs weekly; a backup window daily (its `day` is then that of the next one). */
  readonly weekly: boolean;
  readonly utc: WallTime;
  readonly local?: WallTime;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WINDOW = /^(?:([a-z]{3}):)?(\d{2}):(\d{2})-/i;
const DAY_MS = 86_400_000;

/** The next start of an RDS window after `now`, or undefined when the text is not an RDS window. */
export function windowTimes(window: string, region: string, now: Date): WindowTimes | undefined {
  const match = WINDOW.exec(window.trim());
  if (!match) return undefined;
  const day = match[1] === undefined ? undefined : DAYS.indexOf(match[1].toLowerCase());
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  if (day === -1 || hour > 23 || minute > 59) return undefined;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour, minute);
  let start = today + (day === undefined ? 0 : ((day - now.getUTCDay() + 7) % 7) * DAY_MS);
  if (start <= now.getTime()) start += day === undefined ? DAY_MS : 7 * DAY_MS;
  const at = new Date(start);
  const utc = { day: at.getUTCDay(), hour, minute };
  const zone = REGION_TIME_ZONES[region];
  const local = zone ? wallTimeIn(at, zone) : undefined;
  return { weekly: day !== undefined, utc, ...(local ? { local } : {}) };
}

/** The wall-clock day and time of an instant in an IANA zone; Intl applies the zone's daylight saving. */
function wallTimeIn(at: Date, timeZone: string): WallTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: DAYS.indexOf(part('weekday').toLowerCase()),
    hour: Number(part('hour')) % 24,
    minute: Number(part('minute')),
  };
}
