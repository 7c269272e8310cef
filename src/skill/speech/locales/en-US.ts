import type { AwsFailureReason } from '../../../aws/AwsCallFailed.js';
import { regionSpokenName } from '../../domain/fleet/regions.js';
import type { MetricId, PropertyId } from '../../domain/vocabulary.js';
import { listToSpeech } from '../listToSpeech.js';
import type { ScaledReading } from '../scaleReading.js';
import { bastionEnUS } from './en-US/bastion.js';
import { tasksEnUS } from './en-US/tasks.js';

const LOCALE = 'en-US';

/** A noun phrase in both numbers, so plurals are never made by appending "s" to a phrase. */
export interface Noun {
  readonly one: string;
  readonly many: string;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function list(items: readonly string[]): string {
  return listToSpeech(items, LOCALE, (n) => `and ${n} more`);
}

function number(value: number): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }).format(value);
}

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

const METRIC_NAMES: Record<MetricId, string> = {
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

const PROPERTY_NAMES: Record<PropertyId, string> = {
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
};

const ENGINE_NAMES: Record<string, string> = {
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  postgres: 'PostgreSQL',
  'aurora-mysql': 'Aurora MySQL',
  'aurora-postgresql': 'Aurora PostgreSQL',
  aurora: 'Aurora MySQL',
  'oracle-ee': 'Oracle Enterprise Edition',
  'oracle-ee-cdb': 'Oracle Enterprise Edition',
  'oracle-se2': 'Oracle Standard Edition Two',
  'oracle-se2-cdb': 'Oracle Standard Edition Two',
  'custom-oracle-ee': 'Oracle Enterprise Edition on R. D. S. Custom',
  'sqlserver-ee': 'SQL Server Enterprise Edition',
  'sqlserver-se': 'SQL Server Standard Edition',
  'sqlserver-ex': 'SQL Server Express Edition',
  'sqlserver-web': 'SQL Server Web Edition',
  db2: 'Db2',
  'db2-se': 'Db2 Standard Edition',
  'db2-ae': 'Db2 Advanced Edition',
};

const AWS_FAILURES: Record<AwsFailureReason, string> = {
  accessDenied:
    "I'm not allowed to do that: AWS denied access. Ask your administrator to check the skill's permissions.",
  throttled: 'AWS is throttling my requests right now. Please try again in a minute.',
  timedOut: 'AWS took too long to answer. Please try again in a moment.',
  unavailable: 'AWS is not answering right now. Please try again in a moment.',
};

/** The English (US) words of the skill. Other locales implement the same shape (SpeechStrings). */
export const enUS = {
  locale: LOCALE,
  skillName: 'Database Fleet',
  launch: {
    speech:
      'Welcome to database fleet. You can ask about your instances, their metrics and alarms, or run a check like connect, top session or tablespace usage. Say help for more. What would you like to know?',
    reprompt: 'For example, say: how many instances in Oregon?',
  },
  help: {
    speech:
      // About sixty words: examples to copy first, then every check and task by the words that start it.
      "You can ask me about your database fleet. Try: how many instances in Oregon, what's the CPU on reporting, or any alarms on reporting. I can also connect to an instance, check tablespace usage, top sessions, a parameter or the alert log, reboot or fail over with an MFA code, and turn notifications on. What would you like to know?",
    reprompt: 'What would you like to know about your databases?',
  },
  goodbye: 'Goodbye.',
  fallback: {
    speech:
      "Sorry, database fleet can't help with that. You can ask about instances, applications, metrics, alarms, events, logs and sessions, or say help. What would you like to know?",
    reprompt: 'Try: how many instances in Oregon?',
  },
  reprompt: 'Anything else?',
  comingSoon: (feature: string) =>
    `${feature} is not available in this version of database fleet yet. You can ask about instances, applications, properties, metrics, alarms and events.`,
  features: {} as Record<string, string>,
  errors: {
    generic: "Sorry, something went wrong on my side and I couldn't answer that. Please try again.",
    aws: (reason: AwsFailureReason) => AWS_FAILURES[reason],
    regionUnknown: (spoken: string) =>
      `I don't know a Region called ${spoken}. Say a Region by its name, like Oregon or Frankfurt, or by its code, like us west two.`,
    instanceNotFound: (spoken: string, regions: readonly string[], suggestions: readonly string[]) =>
      `I couldn't find an instance called ${spoken} in ${list(regions)}.` +
      (suggestions.length > 0
        ? ` Did you mean ${listToSpeech(suggestions, LOCALE, () => '', 5)
            .replace(/, and /, ', or ')
            .replace(/ and /, ' or ')}?`
        : ''),
    applicationNotFound: (spoken: string, regions: readonly string[], suggestions: readonly string[]) =>
      `I couldn't find an application called ${spoken} in ${list(regions)}.` +
      (suggestions.length > 0 ? ` Did you mean ${suggestions.join(' or ')}?` : ''),
    slotMissing: (slot: string) => `I need to know which ${slot} you mean. Please ask again with it.`,
    slotValueUnknown: (slot: string, spoken: string) => `Sorry, I don't know the ${slot} ${spoken}.`,
  },
  ask: {
    region: (instance: string, regions: readonly string[]) =>
      `I found ${instance} in ${list(regions)}. Which Region do you mean?`,
    instance: 'Which instance?',
  },
  slotNames: {
    region: 'Region',
    instance: 'instance',
    application: 'application',
    metric: 'metric',
    property: 'property',
    logType: 'log type',
    parameter: 'parameter',
    environment: 'environment',
  } as Record<string, string>,
  /** A Region code in this locale's words ("us-west-2" -> "Oregon"). */
  region: (code: string) => regionSpokenName(code),
  engineName: (engine: string) => ENGINE_NAMES[engine] ?? engine,
  inventory: {
    /** "Oregon" for one Region, "your 3 Regions" for several. */
    where: (regionNames: readonly string[]) =>
      regionNames.length === 1 ? regionNames[0]! : `your ${plural(regionNames.length, 'Region', 'Regions')}`,
    /** What is being counted, in singular and plural: "production instance(s) of application blog". */
    describeFilter: (filter: { environment?: string; application?: string }): Noun => {
      const of = filter.application ? ` of application ${filter.application}` : '';
      const adjective = filter.environment ? `${filter.environment} ` : '';
      return { one: `${adjective}instance${of}`, many: `${adjective}instances${of}` };
    },
    count: (total: number, what: Noun, where: string) =>
      total === 0
        ? `I found no ${what.many} in ${where}.`
        : `You have ${plural(total, what.one, what.many)} in ${where}.`,
    countAcross: (total: number, what: Noun, parts: readonly { region: string; count: number }[]) =>
      total === 0
        ? `I found no ${what.many} in ${plural(parts.length, 'Region', 'Regions')}.`
        : `You have ${plural(total, what.one, what.many)} across ${plural(parts.filter((p) => p.count > 0).length, 'Region', 'Regions')}: ${list(
            parts.filter((p) => p.count > 0).map((p) => `${p.count} in ${p.region}`),
          )}.`,
    list: (what: Noun, where: string, names: readonly string[]) =>
      names.length === 0
        ? `I found no ${what.many} in ${where}.`
        : `In ${where} you have ${plural(names.length, what.one, what.many)}: ${list(names)}.`,
    listRegionPart: (where: string, names: readonly string[]) => `In ${where}: ${list(names)}.`,
    listAcrossIntro: (total: number, what: Noun) => `You have ${plural(total, what.one, what.many)}.`,
    applications: (where: string, apps: readonly string[], untagged: number) =>
      (apps.length === 0
        ? `I found no applications in ${where}.`
        : `There ${apps.length === 1 ? 'is' : 'are'} ${plural(apps.length, 'application', 'applications')} in ${where}: ${list(apps)}.`) +
      (untagged > 0 ? ` ${plural(untagged, 'instance has', 'instances have')} no application tag.` : ''),
    applicationInstances: (application: string, where: string, names: readonly string[]) =>
      `Application ${application} has ${plural(names.length, 'instance', 'instances')} in ${where}: ${list(names)}.`,
  },
  property: {
    name: (id: PropertyId) => PROPERTY_NAMES[id],
    answer: (id: PropertyId, instance: string, region: string, value: string) =>
      `The ${PROPERTY_NAMES[id]} of ${instance} in ${region} is ${value.replace(/\.$/, '')}.`,
    unset: (id: PropertyId, instance: string, region: string) =>
      `${instance} in ${region} has no ${PROPERTY_NAMES[id]} set.`,
    yes: 'yes',
    no: 'no',
    enabled: 'enabled',
    disabled: 'disabled',
    multiAz: (on: boolean) => (on ? 'multi A. Z.' : 'single A. Z.'),
    gigabytes: (n: number) => plural(n, 'gigabyte', 'gigabytes'),
    days: (n: number) => (n === 0 ? 'disabled, with no automated backups' : plural(n, 'day', 'days')),
    dateTime: (date: Date) =>
      new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
        date,
      ) + ' U. T. C.',
    notClusterMember: 'not part of a cluster',
  },
  metric: {
    name: (id: MetricId) => METRIC_NAMES[id],
    value: (reading: ScaledReading) => {
      const [one, many] = UNIT_WORDS[reading.unit];
      const words = reading.value === 1 ? one : many;
      return words ? `${number(reading.value)} ${words}` : number(reading.value);
    },
    current: (metric: MetricId, instance: string, region: string, value: string) =>
      `The ${METRIC_NAMES[metric]} of ${instance} in ${region} is ${value}.`,
    past: (metric: MetricId, instance: string, region: string, value: string, ago: string) =>
      `${ago} ago, the ${METRIC_NAMES[metric]} of ${instance} in ${region} was ${value}.`,
    window: (
      metric: MetricId,
      instance: string,
      region: string,
      average: string,
      maximum: string,
      window: string,
    ) =>
      `Over the ${window}, the ${METRIC_NAMES[metric]} of ${instance} in ${region} averaged ${average}, with a peak of ${maximum}.`,
    windows: { lastHour: 'last hour', lastDay: 'last 24 hours' } as Record<string, string>,
    noData: (metric: MetricId, instance: string, region: string) =>
      `CloudWatch has no ${METRIC_NAMES[metric]} data for ${instance} in ${region} for that time.`,
    notForEngine: (metric: MetricId, engine: string) =>
      `${engine} instances don't report ${METRIC_NAMES[metric]}.`,
    auroraStorageNote: 'Aurora storage grows automatically; this is the free local storage of the instance.',
    duration: (ms: number) => {
      const minutes = Math.round(ms / 60_000);
      if (minutes < 60) return plural(minutes, 'minute', 'minutes');
      const hours = Math.round(minutes / 60);
      if (hours < 48) return plural(hours, 'hour', 'hours');
      return plural(Math.round(hours / 24), 'day', 'days');
    },
  },
  alarms: {
    none: (instance: string, region: string) => `No alarms are firing for ${instance} in ${region}.`,
    firing: (instance: string, region: string, names: readonly string[]) =>
      `${names.length === 1 ? 'One alarm is' : `${names.length} alarms are`} firing for ${instance} in ${region}: ${list(names)}.`,
  },
  events: {
    none: (instance: string, region: string) =>
      `${instance} in ${region} had no events in the last 24 hours.`,
    summary: (instance: string, region: string, count: number) =>
      `${instance} in ${region} had ${plural(count, 'event', 'events')} in the last 24 hours.`,
    item: (when: string, message: string) => `${when}: ${message}`,
    latest: (items: readonly string[], more: number) =>
      `${items.length === 1 ? 'The latest' : 'The latest ones'}, newest first. ${items.join('. ')}.` +
      (more > 0 ? ` And ${plural(more, 'earlier event', 'earlier events')} on the card.` : ''),
    relative: (ms: number) => {
      const format = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });
      const minutes = Math.round(ms / 60_000);
      if (minutes < 60) return format.format(-Math.max(1, minutes), 'minute');
      return format.format(-Math.round(minutes / 60), 'hour');
    },
  },
  tasks: tasksEnUS,
  bastion: bastionEnUS,
  cards: {
    count: 'Instance count',
    list: 'Instances',
    applications: 'Applications',
    applicationInstances: (application: string) => `Application ${application}`,
    property: (instance: string) => `${instance}: property`,
    metric: (instance: string) => `${instance}: metric`,
    alarms: (instance: string) => `${instance}: alarms`,
    events: (instance: string) => `${instance}: events`,
  },
};

export type SpeechStrings = typeof enUS;
