import type { WallTime, WindowTimes } from '../../../domain/fleet/windowTimes.js';
import type { MetricId, PropertyId } from '../../../domain/vocabulary.js';
import type { HealthStrings } from '../../SpeechStrings.js';
import type { ScaledReading } from '../../scaleReading.js';
import { type English, spellAll } from './common.js';

const UNIT_WORDS: Record<ScaledReading['unit'], [string, string]> = {
  percent: ['percent', 'percent'],
  bytes: ['byte', 'bytes'],
  kilobytes: ['kilobyte', 'kilobytes'],
  megabytes: ['megabyte', 'megabytes'],
  gigabytes: ['gigabyte', 'gigabytes'],
  terabytes: ['terabyte', 'terabytes'],
  milliseconds: ['millisecond', 'milliseconds'],
  seconds: ['second', 'seconds'],
  microseconds: ['microsecond', 'microseconds'],
  perSecond: ['per second', 'per second'],
  bytesPerSecond: ['byte per second', 'bytes per second'],
  kilobytesPerSecond: ['kilobyte per second', 'kilobytes per second'],
  megabytesPerSecond: ['megabyte per second', 'megabytes per second'],
  count: ['', ''],
  none: ['', ''],
};

const METRIC_NAMES_US: Record<MetricId, string> = {
  CPUUtilization: 'CPU utilization',
  FreeableMemory: 'freeable memory',
  FreeStorageSpace: 'free storage space',
  DatabaseConnections: 'number of connections',
  ReadIOPS: 'read I. O. P. S.',
  WriteIOPS: 'write I. O. P. S.',
  ReadLatency: 'read latency',
  WriteLatency: 'write latency',
  ReadThroughput: 'read throughput',
  WriteThroughput: 'write throughput',
  NetworkReceiveThroughput: 'network throughput in',
  NetworkTransmitThroughput: 'network throughput out',
  SwapUsage: 'swap usage',
  ReplicaLag: 'replica lag',
  DiskQueueDepth: 'disk queue depth',
};

const PROPERTY_NAMES_US: Record<PropertyId, string> = {
  status: 'status',
  engine: 'engine',
  engineVersion: 'engine version',
  instanceClass: 'instance class',
  storageType: 'storage type',
  allocatedStorage: 'allocated storage',
  multiAz: 'deployment',
  availabilityZone: 'availability zone',
  endpoint: 'endpoint',
  parameterGroup: 'parameter group',
  backupRetention: 'backup retention',
  latestRestorableTime: 'latest restorable time',
  masterUsername: 'master user name',
  publiclyAccessible: 'public accessibility',
  autoMinorUpgrade: 'auto minor version upgrade setting',
  licenseModel: 'license model',
  dbName: 'database name',
  cluster: 'cluster',
  storageEncrypted: 'storage encryption',
  iops: 'provisioned I. O. P. S.',
  maintenanceWindow: 'maintenance window',
  backupWindow: 'backup window',
  deletionProtection: 'deletion protection',
  performanceInsights: 'Performance Insights setting',
  caCertificate: 'C. A. certificate',
  certificateExpiry: 'certificate expiry',
};

/** A wall-clock time (UTC weekday, hour and minute) as a Date, for Intl to name its day and time. */
function asDate(time: WallTime): Date {
  // 2 January 2000 was a Sunday: day 0 of WallTime.
  return new Date(Date.UTC(2000, 0, 2 + time.day, time.hour, time.minute));
}

/**
 * A time of day the way the locale says it. Where the locale keeps a 12-hour clock (en-US, en-CA, en-AU,
 * en-IN), "3 a.m.", "8:30 p.m.", "midnight", "noon", which read aloud better than "3:00 AM"; where it keeps a
 * 24-hour clock (en-GB), Intl's own "03:00", "20:30". Which clock is Intl's answer for the locale, not a table.
 */
function clockFor(locale: string): (time: WallTime) => string {
  const twelveHour = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12 ?? false;
  const twentyFour = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  return (time) => {
    if (!twelveHour) return twentyFour.format(asDate(time));
    if (time.minute === 0 && time.hour === 0) return 'midnight';
    if (time.minute === 0 && time.hour === 12) return 'noon';
    const hour = time.hour % 12 || 12;
    const minutes = time.minute === 0 ? '' : `:${String(time.minute).padStart(2, '0')}`;
    return `${hour}${minutes} ${time.hour < 12 ? 'a.m.' : 'p.m.'}`;
  };
}

function sameTime(a: WallTime, b: WallTime): boolean {
  return a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

/** "Sundays at 3 a.m. U. T. C., that's 7 p.m. Saturday in Oregon"; "daily at 07:00 U. T. C., ..." (en-GB). */
function windowWordsFor(locale: string): (times: WindowTimes, region: string) => string {
  const clock = clockFor(locale);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const day = (time: WallTime) => weekday.format(asDate(time));
  return (times, region) => {
    const utc = times.weekly
      ? `${day(times.utc)}s at ${clock(times.utc)} U. T. C.`
      : `daily at ${clock(times.utc)} U. T. C.`;
    const local = times.local;
    if (!local) return utc;
    if (sameTime(local, times.utc)) return `${utc}, the same as local time in ${region}`;
    return times.weekly
      ? `${utc}, that's ${clock(local)} ${day(local)} in ${region}`
      : `${utc}, that's ${clock(local)} in ${region}`;
  };
}

/** The English words of an instance's health: its properties, metrics, alarms and events. */
export function healthEnglish(en: English): HealthStrings {
  const { locale, list, number, plural } = en;
  const METRIC_NAMES = spellAll(en, METRIC_NAMES_US);
  const PROPERTY_NAMES = spellAll(en, PROPERTY_NAMES_US);
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return {
    property: {
      name: (id) => PROPERTY_NAMES[id],
      answer: (id, instance, region, value) =>
        `The ${PROPERTY_NAMES[id]} of ${instance} in ${region} is ${value.replace(/\.$/, '')}.`,
      unset: (id, instance, region) => `${instance} in ${region} has no ${PROPERTY_NAMES[id]} set.`,
      yes: 'yes',
      no: 'no',
      enabled: 'enabled',
      disabled: 'disabled',
      multiAz: (on) => (on ? 'multi A. Z.' : 'single A. Z.'),
      gigabytes: (n) => plural(n, 'gigabyte', 'gigabytes'),
      days: (n) => (n === 0 ? 'disabled, with no automated backups' : plural(n, 'day', 'days')),
      dateTime: (date) =>
        new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
          date,
        ) + ' U. T. C.',
      notClusterMember: 'not part of a cluster',
      date: (date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date),
      window: windowWordsFor(locale),
      engineVersion: (release) => {
        switch (release.kind) {
          case 'oracle':
            return release.update
              ? `${release.release}, ${month.format(new Date(Date.UTC(release.update.year, release.update.month - 1, 15)))} ${release.update.year} release update`
              : release.release;
          case 'aurora':
            return release.flavour === 'MySQL'
              ? `Aurora MySQL ${release.auroraVersion}, compatible with MySQL ${release.compatibleWith}`
              : `Aurora PostgreSQL ${release.auroraVersion}`;
          case 'sqlserver':
            return `SQL Server ${release.year}`;
          case 'plain':
            return release.version;
        }
      },
      encryption: (on, key) => {
        if (!on) return 'disabled';
        if (key?.alias) return `enabled, with the K. M. S. key alias ${key.alias}`;
        if (key?.keyId) return `enabled, with the K. M. S. key ${key.keyId}`;
        return 'enabled';
      },
    },
    metric: {
      name: (id) => METRIC_NAMES[id],
      value: (reading) => {
        const [one, many] = UNIT_WORDS[reading.unit];
        const words = reading.value === 1 ? one : many;
        return words ? `${number(reading.value)} ${words}` : number(reading.value);
      },
      current: (metric, instance, region, value) =>
        `The ${METRIC_NAMES[metric]} of ${instance} in ${region} is ${value}.`,
      past: (metric, instance, region, value, ago) =>
        `${ago} ago, the ${METRIC_NAMES[metric]} of ${instance} in ${region} was ${value}.`,
      window: (metric, instance, region, average, maximum, window) =>
        `Over the ${window}, the ${METRIC_NAMES[metric]} of ${instance} in ${region} averaged ${average}, with a peak of ${maximum}.`,
      windowLow: (metric, instance, region, average, minimum, window) =>
        `Over the ${window}, the ${METRIC_NAMES[metric]} of ${instance} in ${region} was lowest at ${minimum}, with an average of ${average}.`,
      windows: { lastHour: 'last hour', lastDay: 'last 24 hours' },
      noData: (metric, instance, region) =>
        `CloudWatch has no ${METRIC_NAMES[metric]} data for ${instance} in ${region} for that time.`,
      notForEngine: (metric, engine) => `${engine} instances don't report ${METRIC_NAMES[metric]}.`,
      auroraStorageNote:
        'Aurora storage grows automatically; this is the free local storage of the instance.',
      duration: (ms) => {
        const minutes = Math.round(ms / 60_000);
        if (minutes < 60) return plural(minutes, 'minute', 'minutes');
        const hours = Math.round(minutes / 60);
        if (hours < 48) return plural(hours, 'hour', 'hours');
        return plural(Math.round(hours / 24), 'day', 'days');
      },
    },
    alarms: {
      none: (instance, region) => `No alarms are firing for ${instance} in ${region}.`,
      noneRead: (instance, region) =>
        `None of the alarms I could read is firing for ${instance} in ${region}.`,
      firing: (instance, region, names) =>
        `${en.message('{count, plural, one {One alarm is} other {# alarms are}}', { count: names.length })} firing for ${instance} in ${region}: ${list(names)}.`,
    },
    events: {
      none: (instance, region) => `${instance} in ${region} had no events in the last 24 hours.`,
      noneRead: (instance, region) =>
        `I found no events of ${instance} in ${region} from the last 24 hours in what I could read.`,
      summary: (instance, region, count) =>
        `${instance} in ${region} had ${plural(count, 'event', 'events')} in the last 24 hours.`,
      item: (when, message) => `${when}: ${message}`,
      clusterItem: (when, cluster, message) => `${when}, on its cluster ${cluster}: ${message}`,
      latest: (items, more) =>
        `${en.message('{count, plural, one {The latest} other {The latest ones}}', { count: items.length })}, newest first. ${items.join('. ')}.` +
        (more > 0 ? ` And ${plural(more, 'earlier event', 'earlier events')} on the card.` : ''),
      relative: (ms) => {
        const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
        const minutes = Math.round(ms / 60_000);
        if (minutes < 60) return format.format(-Math.max(1, minutes), 'minute');
        return format.format(-Math.round(minutes / 60), 'hour');
      },
    },
  };
}
