import type { ScreenStrings } from '../../ScreenStrings.js';
import { UNIT_SYMBOLS, withUnitSymbol } from '../../unitSymbols.js';
import type { English } from './common.js';

const LIST_NOUNS = {
  instances: ['instance', 'instances'],
  applications: ['application', 'applications'],
  alarms: ['alarm', 'alarms'],
  events: ['event', 'events'],
  issues: ['issue', 'issues'],
  sessions: ['session', 'sessions'],
} as const;

/** The English words of the screens; numbers and the chart's clock in the variant's locale. */
export function screenEnglish(en: English): ScreenStrings {
  const { number } = en;
  return {
    instanceTitle: (instance, region, regionName) => `${instance} · ${region} (${regionName})`,
    statistic: (period) =>
      period % 3600 === 0
        ? `Average per ${period === 3600 ? 'hour' : `${period / 3600} hours`}`
        : `Average per ${period === 60 ? 'minute' : `${period / 60} minutes`}`,
    unit: (unit) => UNIT_SYMBOLS[unit],
    axisValue: (value, unit) => withUnitSymbol(number(value), UNIT_SYMBOLS[unit]),
    time: (at) =>
      new Intl.DateTimeFormat(en.locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(at),
    timeZone: 'UTC',
    noData: 'No data for this time',
    threshold: (alarm, direction, value) => `${alarm}: alarm ${direction} ${value}`,
    listTitle: (kind, count) => en.plural(count, LIST_NOUNS[kind][0], LIST_NOUNS[kind][1]),
    listTitlePart: (kind, shown, total) =>
      `First ${number(shown)} of ${number(total)} ${LIST_NOUNS[kind][1]}`,
    touchHint: (kind) =>
      kind === 'applications'
        ? 'Touch an application for its instances'
        : kind === 'instances'
          ? 'Touch an instance for its status'
          : "Touch a row for its instance's status",
    labels: { status: 'Status', region: 'Region', engine: 'Engine' },
    issueStatus: (issue) => {
      switch (issue.kind) {
        case 'down':
        case 'unavailable':
          return issue.status;
        case 'storage':
          return issue.freePercent === undefined ? 'storage low' : `${number(issue.freePercent)}% free`;
        case 'alarms':
          return en.plural(issue.alarms.length, 'alarm', 'alarms');
        case 'restarted':
          return issue.what === 'failover' ? 'failed over' : 'restarted';
        case 'maintenance':
          return issue.required ? 'maintenance required' : 'maintenance due';
      }
    },
    sessionLabel: (id, user) => `Session ${id} · ${user}`,
    // As CloudWatch writes it, the name a DBA searches the console for.
    metricTitle: (metric) => metric,
    busiestTitle: (metric, minutes) => `${metric}, ${number(minutes)}-minute average`,
    instanceCard: {
      labels: {
        status: 'Status',
        engine: 'Engine',
        instanceClass: 'Class',
        storage: 'Storage',
        availability: 'Availability',
        endpoint: 'Endpoint',
      },
      gigabytes: (n) => `${number(n)} GB`,
      multiAz: (on) => (on ? 'Multi-AZ' : 'Single-AZ'),
    },
    connectCard: {
      labels: { connection: 'Connection', engine: 'Engine', openMode: 'Open mode', role: 'Role' },
      connected: 'Connected from the bastion',
    },
    logCard: {
      labels: {
        file: 'File',
        lines: 'Lines read',
        errors: 'Errors',
        latest: 'Latest error',
        slowQueries: 'Slow queries',
        slowest: 'Slowest',
      },
    },
    totalLabel: 'All databases',
    storageSubtitle: (instanceTitle, threshold) => `${instanceTitle} · threshold ${threshold}%`,
  };
}
