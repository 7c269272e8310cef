import type { CheckFailureReason } from '../../../domain/bastion/CheckFailureReason.js';
import type { CheckName } from '../../../domain/bastion/CheckName.js';
import type { LogTypeId, SessionMetricId } from '../../../domain/vocabulary.js';
import type { BastionStrings, Where } from '../../SpeechStrings.js';
import { roundForSpeech, scaleReading } from '../../scaleReading.js';
import type { English } from './common.js';

const BYTE_WORDS: Record<string, [string, string]> = {
  bytes: ['byte', 'bytes'],
  kilobytes: ['kilobyte', 'kilobytes'],
  megabytes: ['megabyte', 'megabytes'],
  gigabytes: ['gigabyte', 'gigabytes'],
  terabytes: ['terabyte', 'terabytes'],
};

/** "an alert log", "a slow query log". */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** Oracle's "sid,serial#" is read as "123, serial 4567". */
function session(id: string): string {
  const [sid, serial] = id.split(',');
  return serial ? `${sid}, serial ${serial}` : id;
}

const LOG_NAMES: Record<LogTypeId, string> = {
  alert: 'alert log',
  error: 'error log',
  slowquery: 'slow query log',
  general: 'general log',
  postgresql: 'PostgreSQL log',
  audit: 'audit log',
  trace: 'trace file',
  listener: 'listener log',
  agent: 'SQL Server Agent log',
};

const SESSION_METRICS: Record<SessionMetricId, string> = {
  cpu: 'CPU',
  memory: 'memory',
  dbtime: 'database time',
};

const UNIT_WORDS: Record<string, [string, string]> = {
  B: ['byte', 'bytes'],
  kB: ['kilobyte', 'kilobytes'],
  K: ['kilobyte', 'kilobytes'],
  MB: ['megabyte', 'megabytes'],
  M: ['megabyte', 'megabytes'],
  GB: ['gigabyte', 'gigabytes'],
  G: ['gigabyte', 'gigabytes'],
  TB: ['terabyte', 'terabytes'],
  T: ['terabyte', 'terabytes'],
  ms: ['millisecond', 'milliseconds'],
  us: ['microsecond', 'microseconds'],
  s: ['second', 'seconds'],
  min: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
};

/** The English words of the bastion checks and CheckLog. */
export function bastionEnglish(en: English): BastionStrings {
  const { list, number, plural } = en;

  /** 13421772800 -> "12.5 gigabytes". */
  function size(bytes: number): string {
    const scaled = scaleReading({ value: bytes, unit: 'Bytes' });
    const value = roundForSpeech(scaled.value);
    const [one, many] = BYTE_WORDS[scaled.unit] ?? ['byte', 'bytes'];
    return `${number(value)} ${value === 1 ? one : many}`;
  }

  /** Seconds as people say them: "4.5 seconds", "12 minutes", "3 hours". */
  function duration(seconds: number): string {
    if (seconds < 1) return 'less than a second';
    if (seconds < 120) return plural(roundForSpeech(seconds), 'second', 'seconds');
    if (seconds < 2 * 3600) return plural(Math.round(seconds / 60), 'minute', 'minutes');
    if (seconds < 2 * 86_400) return plural(Math.round(seconds / 3600), 'hour', 'hours');
    return plural(Math.round(seconds / 86_400), 'day', 'days');
  }

  return {
    /** The progressive response while the bastion works. */
    checking: ({ instance, region }: Where) => `Checking ${instance} in ${region}.`,
    running: ({ instance, region }: Where, notifying: boolean) =>
      `The check on ${instance} in ${region} is still running. ` +
      (notifying ? "I'll e-mail you the result when it finishes." : 'Please ask me again in a minute.'),
    size,
    duration,

    connect: {
      reachable: (
        { instance, region }: Where,
        engine: string,
        version: string,
        openMode: string,
        role: string | undefined,
      ) =>
        `${instance} in ${region} is reachable. It runs ${engine}${version ? ` ${version}` : ''}` +
        `${openMode ? `, open ${openMode.toLowerCase()}` : ''}` +
        `${role ? `, as ${role.toLowerCase()}` : ''}.`,
    },

    storage: {
      tablespaceItem: (name: string, percent: number) => `${name} at ${number(Math.round(percent))} percent`,
      tablespacesOver: ({ instance, region }: Where, threshold: number, items: readonly string[]) =>
        en.message(
          '{count, plural, one {One tablespace} other {# tablespaces}} of {instance} in {region} {count, plural, one {is} other {are}} over {threshold} percent: ',
          { count: items.length, instance, region, threshold },
        ) + `${list(items)}.`,
      tablespacesFine: ({ instance, region }: Where, threshold: number, fullest: string | undefined) =>
        `No tablespace of ${instance} in ${region} is over ${threshold} percent.` +
        (fullest ? ` The fullest is ${fullest}.` : ''),
      noRows: ({ instance, region }: Where) =>
        `I found no databases or tablespaces I can measure on ${instance} in ${region}.`,
      databaseItem: (name: string, bytes: number) => `${name} with ${size(bytes)}`,
      cardTablespace: (name: string, percent: number, usedBytes: number, maxBytes: number) =>
        `${name}: ${number(percent)}% (${size(usedBytes)} of ${size(maxBytes)})`,
      cardDatabase: (name: string, bytes: number) => `${name}: ${size(bytes)}`,
      databases: (
        { instance, region }: Where,
        usedBytes: number,
        allocatedBytes: number | undefined,
        threshold: number,
        largest: readonly string[],
      ) => {
        const share = allocatedBytes ? (100 * usedBytes) / allocatedBytes : undefined;
        const usage =
          share === undefined
            ? `The databases of ${instance} in ${region} use ${size(usedBytes)}.`
            : `The databases of ${instance} in ${region} use ${size(usedBytes)}, ${share < 1 ? 'less than 1' : number(Math.round(share))} percent ` +
              `of its ${size(allocatedBytes!)} of storage${share >= threshold ? `, over the ${threshold} percent threshold` : ''}.`;
        return `${usage} ${largest.length === 1 ? 'The largest is' : 'The largest are'} ${list(largest)}.`;
      },
      auroraNote: 'Aurora storage grows by itself, so there is no limit to be near.',
    },

    sessions: {
      metricName: (metric: SessionMetricId) => SESSION_METRICS[metric],
      none: ({ instance, region }: Where) =>
        `No user session is active on ${instance} in ${region} right now.`,
      memoryOff: ({ instance, region }: Where) =>
        `${instance} in ${region} doesn't report memory per session: its Performance Schema is off.`,
      cpu: ({ instance, region }: Where, id: string, user: string, seconds: number) =>
        `The top session by CPU on ${instance} in ${region} is session ${session(id)}, user ${user}, with ${duration(seconds)} of CPU.`,
      memory: ({ instance, region }: Where, id: string, user: string, bytes: number) =>
        `The top session by memory on ${instance} in ${region} is session ${session(id)}, user ${user}, holding ${size(bytes)}.`,
      dbTime: ({ instance, region }: Where, id: string, user: string, seconds: number) =>
        `The top session by database time on ${instance} in ${region} is session ${session(id)}, user ${user}, with ${duration(seconds)} of database time.`,
      longestStatement: ({ instance, region }: Where, id: string, user: string, seconds: number) =>
        `The longest running statement on ${instance} in ${region} is session ${session(id)}, user ${user}, running for ${duration(seconds)}.`,
      noCpuPerSession: (engine: string) =>
        `${engine} doesn't measure CPU per session, so here is the longest running statement instead.`,
      longestTransaction: ({ instance, region }: Where, id: string, user: string, seconds: number) =>
        `The longest open transaction on ${instance} in ${region} is session ${session(id)}, user ${user}, open for ${duration(seconds)}.`,
      cardLine: (id: string, user: string, value: string, sql: string) =>
        `Session ${id}, ${user}: ${value}${sql ? `. ${sql}` : ''}`,
    },

    parameter: {
      value: ({ instance, region }: Where, parameter: string, value: string) =>
        `On ${instance} in ${region}, ${parameter} is ${value}.`,
      unknown: ({ instance, region }: Where, parameter: string) =>
        `${instance} in ${region} has no parameter called ${parameter}.`,
      empty: 'empty',
      unlimited: 'unlimited',
      on: 'on',
      off: 'off',
      /** "128MB" -> "128 megabytes"; undefined for a unit this locale does not name. */
      withUnit: (value: number, unit: string) => {
        const words = UNIT_WORDS[unit];
        return words ? `${number(value)} ${value === 1 ? words[0] : words[1]}` : undefined;
      },
    },

    logs: {
      name: (logType: LogTypeId) => LOG_NAMES[logType],
      errors: (
        { instance, region }: Where,
        logType: LogTypeId,
        lines: number,
        errors: number,
        latest?: string,
      ) =>
        errors === 0
          ? `No errors in the last ${plural(lines, 'line', 'lines')} of the ${LOG_NAMES[logType]} of ${instance} in ${region}.`
          : `${plural(errors, 'error', 'errors')} in the last ${plural(lines, 'line', 'lines')} of the ${LOG_NAMES[logType]} of ${instance} in ${region}.` +
            (latest ? ` The latest: ${latest}.` : ''),
      slowQueries: (
        { instance, region }: Where,
        lines: number,
        count: number,
        slowest: number | undefined,
      ) =>
        count === 0
          ? `No slow queries in the last ${plural(lines, 'line', 'lines')} of the slow query log of ${instance} in ${region}.`
          : `${plural(count, 'slow query', 'slow queries')} in the last ${plural(lines, 'line', 'lines')} of the slow query log of ${instance} in ${region}.` +
            (slowest !== undefined ? ` The slowest took ${duration(slowest)}.` : ''),
      empty: ({ instance, region }: Where, logType: LogTypeId) =>
        `The ${LOG_NAMES[logType]} of ${instance} in ${region} is empty.`,
      emailed: (lines: number) =>
        ` I've e-mailed you ${en.message('{count, plural, one {that line} other {those # lines}}', { count: lines })}.`,
      mailIntro: (lines: number, file: string, identifier: string, region: string, written: string) =>
        `The last ${plural(lines, 'line', 'lines')} of ${file} of ${identifier} (${region}), last written ${written}:`,
    },

    errors: {
      bastionNotConfigured: (region: string) =>
        `I can't run checks in ${region}: no bastion is configured for that Region. Deploy the dbvoice bastion there first.`,
      bastionNotResponding: (region: string, notifying: boolean) =>
        `The bastion in ${region} didn't start the check in time. It may be offline or busy.` +
        (notifying ? " If it runs later, I'll e-mail you the result." : ' Please try again in a minute.'),
      checkFailed: (
        reason: CheckFailureReason,
        { instance, region }: Where,
        user: string | undefined,
        database?: string,
      ): string => {
        switch (reason) {
          case 'unreachable':
            return `I couldn't reach ${instance} in ${region} from the bastion. The database may be down, or its security group may not let the bastion in.`;
          case 'login-failed':
            return `The bastion reached ${instance} in ${region}, but the database refused the login${user ? ` of ${user}` : ''}. Check the user and its password in Parameter Store.`;
          case 'database-missing':
            return `The bastion reached ${instance} in ${region}, but there is no database called ${database ?? 'by the name it was given'} on it.`;
          case 'no-credentials':
            return `I don't have a password for ${instance} in ${region}. Store it in Parameter Store as the README explains, then ask again.`;
          case 'client-missing':
            return `The bastion in ${region} has no client installed for the engine of ${instance}.`;
          case 'query-failed':
            return `The check on ${instance} in ${region} failed in the database. The monitoring user may be missing a grant.`;
          case 'timeout':
            return `The check on ${instance} in ${region} took too long and was stopped.`;
          case 'unsupported':
            return `The bastion in ${region} can't run that check on ${instance}.`;
          case 'runner-missing':
            return `The bastion in ${region} doesn't have the dbvoice scripts installed.`;
          default:
            return `The check on ${instance} in ${region} failed on the bastion.`;
        }
      },
      checkUnsupported: (engine: string, check: CheckName | undefined) =>
        check === undefined
          ? `I can't run checks on ${engine} instances.`
          : check === 'top-memory'
            ? `${engine} doesn't report memory per session. You can ask for the top session by CPU instead.`
            : `${engine} can't answer that check.`,
      instanceNotRunning: ({ instance, region }: Where, status: string) =>
        `${instance} in ${region} is ${status.replace(/-/g, ' ')}, so I can't connect to it.`,
      logTypeUnavailable: (engine: string, logType: LogTypeId, available: readonly LogTypeId[]) =>
        `${engine} instances don't have ${withArticle(LOG_NAMES[logType])} I can read.` +
        (available.length > 0 ? ` You can check the ${list(available.map((t) => LOG_NAMES[t]))}.` : ''),
      logNotFound: ({ instance, region }: Where, logType: LogTypeId) =>
        `I found no ${LOG_NAMES[logType]} files for ${instance} in ${region}. That log may be turned off.`,
    },

    cards: {
      connect: (instance: string) => `${instance}: connection`,
      storage: (instance: string) => `${instance}: storage`,
      sessions: (instance: string) => `${instance}: top sessions`,
      parameter: (instance: string) => `${instance}: parameter`,
      log: (instance: string, logType: LogTypeId) => `${instance}: ${LOG_NAMES[logType]}`,
    },
  };
}
