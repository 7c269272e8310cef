import type { InstanceStateId } from '../../../domain/health/InstanceState.js';
import type { FleetHealthStrings, SpokenIssue } from '../../FleetHealthStrings.js';
import type { English } from './common.js';

const DAY_MS = 86_400_000;

const ACTIONS: Record<string, string> = {
  'system-update': 'a system update',
  'db-upgrade': 'an engine upgrade',
  'os-upgrade': 'an operating system upgrade',
  'hardware-maintenance': 'hardware maintenance',
  'ca-certificate-rotation': 'a certificate rotation',
};

const STATE_WORDS: Record<InstanceStateId, string> = {
  stopped: 'stopped',
  stopping: 'stopping',
  starting: 'starting',
  rebooting: 'rebooting',
  failed: 'failed',
  storageFull: 'out of storage',
  backingUp: 'backing up',
  modifying: 'being modified',
  upgrading: 'upgrading',
  notAvailable: 'not available',
};

const CHECKS = { alarms: 'alarms', maintenance: 'pending maintenance', events: 'recent events' } as const;

/** The English words of "is anything wrong?" across the fleet. */
export function fleetHealthEnglish(en: English): FleetHealthStrings {
  const { locale, list, plural } = en;
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

  function ago(ms: number): string {
    const minutes = Math.max(1, Math.round(ms / 60_000));
    return relative.format(-minutes, 'minute');
  }

  function dueIn(ms: number): string {
    if (ms <= 0) return 'now';
    return relative.format(Math.ceil(ms / DAY_MS), 'day');
  }
  /** "storage-full" -> "storage full", "incompatible-parameters" -> "incompatible parameters". */
  const statusWords = (status: string): string => status.replace(/-/g, ' ');

  function subject(issue: SpokenIssue): string {
    return issue.regionName ? `${issue.name} in ${issue.regionName}` : issue.name;
  }

  function issueSentence(issue: SpokenIssue, now: number): string {
    const who = subject(issue);
    switch (issue.kind) {
      case 'down':
        return `${who} is ${statusWords(issue.status)}.`;
      case 'storage': {
        const free = issue.freePercent !== undefined ? `, ${issue.freePercent} percent free` : '';
        const alarm = issue.alarms.length > 0 ? `; alarm ${list(issue.alarms)} is firing` : '';
        return `${who} is nearly out of storage${free}${alarm}.`;
      }
      case 'alarms':
        return `${who} has ${plural(issue.alarms.length, 'alarm', 'alarms')} firing: ${list(issue.alarms)}.`;
      case 'restarted': {
        const when = issue.at ? ` ${ago(now - issue.at.getTime())}` : ' in the last hour';
        return `${who} ${issue.what === 'failover' ? 'failed over' : 'restarted'}${when}.`;
      }
      case 'unavailable':
        return `${who} is ${statusWords(issue.status)}.`;
      case 'maintenance': {
        const action = ACTIONS[issue.action] ?? statusWords(issue.action);
        const kind = issue.required ? 'required maintenance' : 'maintenance';
        const due = issue.due ? `, due ${dueIn(issue.due.getTime() - now)}` : '';
        return `${who} has ${kind}: ${action}${due}.`;
      }
    }
  }

  return {
    cardTitle: 'Fleet health',
    allClear: (count, what, where) =>
      count === 0
        ? `All clear in ${where}: there are no ${what.many} to check.`
        : `All clear in ${where}: ${plural(count, what.one, what.many)}, none down or stopped, no alarms firing, no restarts in the last hour and no maintenance due this week.`,
    nothingFound: (count, what, where) =>
      `I found nothing wrong with the ${plural(count, what.one, what.many)} in ${where}, but I could not check everything.`,
    intro: (issues, where) =>
      `${en.message('{count, plural, one {One thing needs} other {# things need}}', { count: issues })} attention in ${where}.`,
    issue: issueSentence,
    alarmsFiring: (total, where, byInstance) => {
      const parts = byInstance.map((entry) => `on ${entry.instance}, ${list(entry.alarms)}`);
      return `${en.message('{count, plural, one {# alarm is} other {# alarms are}}', { count: total })} firing in ${where}: ${parts.join('; ')}.`;
    },
    noAlarms: (what, where, complete) =>
      complete
        ? `No alarms are firing on your ${what.many} in ${where}.`
        : `No alarms are firing on your ${what.many} in ${where} that I could read.`,
    alarmsCardTitle: 'Alarms firing',
    instanceIn: (instance, region) => `${instance} in ${region}`,
    inState: (state, what, where, items) => {
      const words = STATE_WORDS[state];
      if (items.length === 0) return `No ${what.many} are ${words} in ${where}.`;
      const verb = en.message('{count, plural, one {is} other {are}}', { count: items.length });
      return `${plural(items.length, what.one, what.many)} ${verb} ${words} in ${where}: ${list(items)}.`;
    },
    withStatus: (item, status) => `${item}, ${statusWords(status)}`,
    stateCardTitle: 'Instances by state',
    more: (count) => `And ${count} more on the card.`,
    unread: (checks) => {
      const parts = checks.map((c) =>
        c.reason === 'tooMany'
          ? `all of the last hour's events in ${c.regionName}`
          : `the ${CHECKS[c.check]} in ${c.regionName}`,
      );
      return `I could not read ${list(parts)}, so there may be more.`;
    },
    busiest: ({ metric, concern, minutes, what, where, items }) => {
      const window = `over the last ${minutes} minutes`;
      if (items.length === 1) {
        return concern === 'low'
          ? `The ${what.one} with the lowest ${metric} in ${where} ${window} is ${items[0]}.`
          : `The busiest ${what.one} in ${where} by ${metric} ${window} is ${items[0]}.`;
      }
      return concern === 'low'
        ? `The ${items.length} ${what.many} with the lowest ${metric} in ${where} ${window}: ${list(items)}.`
        : `The top ${items.length} ${what.many} in ${where} by ${metric} ${window}: ${list(items)}.`;
    },
    busiestItem: (instance, value) => `${instance} at ${value}`,
    freeOfAllocated: (value, percent) => `${value}, ${percent} free`,
    busiestWithoutAllocation: (count, afterOthers) => {
      const which = count === 1 ? 'One is an Aurora instance' : `${count} are Aurora instances`;
      return afterOthers
        ? `${which}, with no allocated storage: ${count === 1 ? 'it is' : 'they are'} ranked after the others, by gigabytes of local storage free.`
        : 'Aurora instances have no allocated storage, so they are ranked by gigabytes of local storage free.';
    },
    busiestNoData: (metric, minutes, what, where) =>
      `CloudWatch has no ${metric} data from the last ${minutes} minutes for your ${what.many} in ${where}.`,
    busiestWithoutData: (count) =>
      `${plural(count, 'instance', 'instances')} had no data and ${count === 1 ? 'is' : 'are'} not ranked.`,
    metricsUnread: (regions) =>
      `I could not read the metrics in ${list(regions)}, so the ranking leaves ${regions.length === 1 ? 'it' : 'them'} out.`,
    busiestCardTitle: 'Busiest instances',
    maintenanceIntro: (count, where) =>
      `${en.message('{count, plural, one {One maintenance action is} other {# maintenance actions are}}', { count })} pending in ${where}.`,
    noMaintenance: (what, where, complete) =>
      complete
        ? `No maintenance is pending for your ${what.many} in ${where}.`
        : `No maintenance is pending for your ${what.many} in ${where} that I could read.`,
    maintenanceCardTitle: 'Pending maintenance',
  };
}
