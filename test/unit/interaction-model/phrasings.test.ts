import { readFileSync } from 'node:fs';
import type { Slot } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { exampleUtterances } from '../../../src/local/console/exampleUtterances.js';
import { demoFleetPath } from '../../../src/local/emulator/fleet/demoFleetPath.js';
import { loadFleet } from '../../../src/local/emulator/fleet/loadFleet.js';
import { buildUtteranceMatcher } from '../../../src/local/simulator/buildUtteranceMatcher.js';
import { loadInteractionModel } from '../../../src/local/simulator/loadInteractionModel.js';
import { INTENT_SLOTS } from '../../../src/skill/intents/interactionModel.js';

const model = loadInteractionModel('en-US');
const matcher = buildUtteranceMatcher(model);

type Phrasing = readonly [utterance: string, intent: string, slots: Readonly<Record<string, string>>];

/**
 * What a DBA would really say, per intent: several verbs (check, show, what's, tell me, give me, list, any),
 * "on", "of" and "for", with and without a Region, with "instance" or "database" after the name, and the
 * examples of README.md and the console banner. Slots are the resolved id when the value is one of the
 * model's, else the words heard ("the reporting instance": the skill drops "the" and "instance" itself).
 * A custom slot value and a property said with "for" go to the metric intent ("what's the CPU for hr"), so
 * properties are asked with "of" here.
 */
const PHRASINGS: readonly Phrasing[] = [
  // NumberOfInstances
  ['how many instances in Oregon', 'NumberOfInstances', { region: 'us-west-2' }],
  ['how many instances in all regions', 'NumberOfInstances', { region: 'ALL' }],
  [
    'how many production instances in Oregon',
    'NumberOfInstances',
    { region: 'us-west-2', environment: 'production' },
  ],
  ['how many databases do we have in Ireland', 'NumberOfInstances', { region: 'eu-west-1' }],
  ['count the staging databases', 'NumberOfInstances', { environment: 'staging' }],
  ['how many instances does blog have', 'NumberOfInstances', { application: 'blog' }],
  ['give me the instance count for Frankfurt', 'NumberOfInstances', { region: 'eu-central-1' }],
  ["what's the number of instances in us west two", 'NumberOfInstances', { region: 'us-west-2' }],
  ['tell me how many instances we have in Oregon', 'NumberOfInstances', { region: 'us-west-2' }],
  ['how many production databases are there', 'NumberOfInstances', { environment: 'production' }],
  // ListInstances
  ['list instances in us west two', 'ListInstances', { region: 'us-west-2' }],
  ['show me the staging instances', 'ListInstances', { environment: 'staging' }],
  ['list all the instances in Oregon', 'ListInstances', { region: 'us-west-2' }],
  ['what instances do we have in Ireland', 'ListInstances', { region: 'eu-west-1' }],
  ['show all production databases', 'ListInstances', { environment: 'production' }],
  ['give me the instances in North Virginia', 'ListInstances', { region: 'us-east-1' }],
  ['which databases are in Oregon', 'ListInstances', { region: 'us-west-2' }],
  [
    'list the development instances in Oregon',
    'ListInstances',
    { region: 'us-west-2', environment: 'development' },
  ],
  // ListApplications
  ['list applications in Oregon', 'ListApplications', { region: 'us-west-2' }],
  ['what applications do we have', 'ListApplications', {}],
  ['show me the applications in Ireland', 'ListApplications', { region: 'eu-west-1' }],
  ['which applications run in North Virginia', 'ListApplications', { region: 'us-east-1' }],
  ['list all apps', 'ListApplications', {}],
  ['tell me the applications', 'ListApplications', {}],
  ['give me the list of applications in Oregon', 'ListApplications', { region: 'us-west-2' }],
  // ListInstancesForApplication
  [
    'list instances of application blog in Oregon',
    'ListInstancesForApplication',
    { application: 'blog', region: 'us-west-2' },
  ],
  ['list instances of application blog', 'ListInstancesForApplication', { application: 'blog' }],
  ['show me the instances for blog', 'ListInstancesForApplication', { application: 'blog' }],
  ['which instances does payroll use', 'ListInstancesForApplication', { application: 'payroll' }],
  [
    'what databases does crm use in North Virginia',
    'ListInstancesForApplication',
    { application: 'crm', region: 'us-east-1' },
  ],
  [
    'list the production instances of hr',
    'ListInstancesForApplication',
    { application: 'hr', environment: 'production' },
  ],
  ['which databases belong to reporting', 'ListInstancesForApplication', { application: 'reporting' }],
  ['give me the instances of application crm', 'ListInstancesForApplication', { application: 'crm' }],
  // CheckInstanceProperty
  [
    'what is the engine version of reporting in Oregon',
    'CheckInstanceProperty',
    { property: 'engineVersion', instance: 'reporting', region: 'us-west-2' },
  ],
  ['is reporting multi AZ', 'CheckInstanceProperty', { property: 'multiAz', instance: 'reporting' }],
  ["what's the engine of hr", 'CheckInstanceProperty', { property: 'engine', instance: 'hr' }],
  ["what's the status of blog", 'CheckInstanceProperty', { property: 'status', instance: 'blog' }],
  [
    'tell me the instance class of payroll in Oregon',
    'CheckInstanceProperty',
    { property: 'instanceClass', instance: 'payroll', region: 'us-west-2' },
  ],
  ['what version is crm running', 'CheckInstanceProperty', { property: 'engineVersion', instance: 'crm' }],
  [
    'show me the endpoint of the reporting instance',
    'CheckInstanceProperty',
    { property: 'endpoint', instance: 'reporting' },
  ],
  [
    'what is the backup retention of hr in Ireland',
    'CheckInstanceProperty',
    { property: 'backupRetention', instance: 'hr', region: 'eu-west-1' },
  ],
  [
    'check the status of the blog database',
    'CheckInstanceProperty',
    { property: 'status', instance: 'the blog database' },
  ],
  [
    'give me the allocated storage of payroll',
    'CheckInstanceProperty',
    { property: 'allocatedStorage', instance: 'payroll' },
  ],
  [
    "what's the parameter group of hr",
    'CheckInstanceProperty',
    { property: 'parameterGroup', instance: 'hr' },
  ],
  [
    'check the parameter group of reporting in Oregon',
    'CheckInstanceProperty',
    { property: 'parameterGroup', instance: 'reporting', region: 'us-west-2' },
  ],
  [
    'what is the engine version of reporting',
    'CheckInstanceProperty',
    { property: 'engineVersion', instance: 'reporting' },
  ],
  ["what's the engine of payroll", 'CheckInstanceProperty', { property: 'engine', instance: 'payroll' }],
  // CheckInstanceMetric
  [
    "what's the CPU on reporting in Oregon thirty minutes ago",
    'CheckInstanceMetric',
    { metric: 'CPUUtilization', instance: 'reporting', region: 'us-west-2', ago: 'PT30M' },
  ],
  [
    'free memory of hr over the last hour',
    'CheckInstanceMetric',
    { metric: 'FreeableMemory', instance: 'hr', window: 'lastHour' },
  ],
  [
    'what was the cpu on reporting thirty minutes ago',
    'CheckInstanceMetric',
    { metric: 'CPUUtilization', instance: 'reporting', ago: 'PT30M' },
  ],
  [
    'show me the connections on blog in Oregon',
    'CheckInstanceMetric',
    { metric: 'DatabaseConnections', instance: 'blog', region: 'us-west-2' },
  ],
  [
    'how many connections does reporting have',
    'CheckInstanceMetric',
    { metric: 'DatabaseConnections', instance: 'reporting' },
  ],
  [
    'check the free storage on payroll',
    'CheckInstanceMetric',
    { metric: 'FreeStorageSpace', instance: 'payroll' },
  ],
  [
    "what's the read latency for crm in north virginia",
    'CheckInstanceMetric',
    { metric: 'ReadLatency', instance: 'crm', region: 'us-east-1' },
  ],
  [
    'give me the CPU of hr in Ireland over the last day',
    'CheckInstanceMetric',
    { metric: 'CPUUtilization', instance: 'hr', region: 'eu-west-1', window: 'lastDay' },
  ],
  [
    'what is the replica lag on blog reader',
    'CheckInstanceMetric',
    { metric: 'ReplicaLag', instance: 'blog-reader' },
  ],
  // ListAlarms
  ['any alarms on reporting in Oregon', 'ListAlarms', { instance: 'reporting', region: 'us-west-2' }],
  ['list alarms for reporting', 'ListAlarms', { instance: 'reporting' }],
  ['are there any alarms for payroll', 'ListAlarms', { instance: 'payroll' }],
  ['show me the alarms of hr in Ireland', 'ListAlarms', { instance: 'hr', region: 'eu-west-1' }],
  ['what alarms are firing on the reporting instance', 'ListAlarms', { instance: 'the reporting instance' }],
  ['check alarms for blog database in Oregon', 'ListAlarms', { instance: 'blog', region: 'us-west-2' }],
  ['which alarms are on crm', 'ListAlarms', { instance: 'crm' }],
  ['tell me the alarms for payroll in Oregon', 'ListAlarms', { instance: 'payroll', region: 'us-west-2' }],
  ['check alarms on the hr instance in Ireland', 'ListAlarms', { instance: 'the hr', region: 'eu-west-1' }],
  // ListEvents
  ['show events for reporting', 'ListEvents', { instance: 'reporting' }],
  ['list events for hr in Oregon', 'ListEvents', { instance: 'hr', region: 'us-west-2' }],
  ['any events on payroll', 'ListEvents', { instance: 'payroll' }],
  ['what happened on blog in Oregon', 'ListEvents', { instance: 'blog', region: 'us-west-2' }],
  ['show me the recent events of crm', 'ListEvents', { instance: 'crm' }],
  ['tell me the events for the reporting instance', 'ListEvents', { instance: 'the reporting instance' }],
  ['give me the latest events on hr in Ireland', 'ListEvents', { instance: 'hr', region: 'eu-west-1' }],
  ['check events for payroll database', 'ListEvents', { instance: 'payroll' }],
  // ConnectInstance
  ['connect to HR instance in Oregon', 'ConnectInstance', { instance: 'hr', region: 'us-west-2' }],
  ['check connection to blog in oregon', 'ConnectInstance', { instance: 'blog', region: 'us-west-2' }],
  ['test the connection to payroll', 'ConnectInstance', { instance: 'payroll' }],
  [
    'can you connect to the reporting database in Oregon',
    'ConnectInstance',
    { instance: 'the reporting database', region: 'us-west-2' },
  ],
  ['is hr reachable in Ireland', 'ConnectInstance', { instance: 'hr', region: 'eu-west-1' }],
  ['check connectivity of crm', 'ConnectInstance', { instance: 'crm' }],
  ['try to connect to blog', 'ConnectInstance', { instance: 'blog' }],
  ['check if reporting is reachable', 'ConnectInstance', { instance: 'reporting' }],
  ['check the connection on hr in Ireland', 'ConnectInstance', { instance: 'hr', region: 'eu-west-1' }],
  ['connect to the payroll database', 'ConnectInstance', { instance: 'payroll' }],
  ['ping blog in Oregon', 'ConnectInstance', { instance: 'blog', region: 'us-west-2' }],
  // TablespaceUsage
  ['check tablespace usage of reporting', 'TablespaceUsage', { instance: 'reporting' }],
  ['check tablespace usage on hr in oregon', 'TablespaceUsage', { instance: 'hr', region: 'us-west-2' }],
  ['show the tablespaces of hr in Oregon', 'TablespaceUsage', { instance: 'hr', region: 'us-west-2' }],
  ["what's the tablespace usage for payroll", 'TablespaceUsage', { instance: 'payroll' }],
  ['how full are the tablespaces on hr', 'TablespaceUsage', { instance: 'hr' }],
  ['give me the tablespace usage of the hr instance', 'TablespaceUsage', { instance: 'the hr instance' }],
  ['check the database sizes on reporting', 'TablespaceUsage', { instance: 'reporting' }],
  ['show space usage of blog in Oregon', 'TablespaceUsage', { instance: 'blog', region: 'us-west-2' }],
  ['any tablespaces full on hr in Ireland', 'TablespaceUsage', { instance: 'hr', region: 'eu-west-1' }],
  ['show me the tablespaces on the hr database', 'TablespaceUsage', { instance: 'the hr database' }],
  // ShowTopSession
  ['show top session of reporting', 'ShowTopSession', { instance: 'reporting' }],
  [
    'check top session of reporting in ireland',
    'ShowTopSession',
    { instance: 'reporting', region: 'eu-west-1' },
  ],
  ['show the top session on hr in oregon', 'ShowTopSession', { instance: 'hr', region: 'us-west-2' }],
  ["what's the top session by cpu on blog", 'ShowTopSession', { instance: 'blog', sessionMetric: 'cpu' }],
  [
    'which session is using the most memory on payroll',
    'ShowTopSession',
    { instance: 'payroll', sessionMetric: 'memory' },
  ],
  [
    'show me the top sessions by database time for crm in north virginia',
    'ShowTopSession',
    { instance: 'crm', region: 'us-east-1', sessionMetric: 'dbtime' },
  ],
  ['top session on hr', 'ShowTopSession', { instance: 'hr' }],
  [
    'give me the top sessions of the reporting database',
    'ShowTopSession',
    { instance: 'the reporting database' },
  ],
  [
    'who is using the most CPU on reporting in Oregon',
    'ShowTopSession',
    { instance: 'reporting', region: 'us-west-2', sessionMetric: 'cpu' },
  ],
  ['list the top sessions for hr', 'ShowTopSession', { instance: 'hr' }],
  [
    'show top sessions by memory on payroll in Oregon',
    'ShowTopSession',
    { instance: 'payroll', region: 'us-west-2', sessionMetric: 'memory' },
  ],
  ['which session uses the most cpu on hr', 'ShowTopSession', { instance: 'hr', sessionMetric: 'cpu' }],
  // CheckInstanceParameter
  [
    'check parameter max connections of reporting',
    'CheckInstanceParameter',
    { parameter: 'max_connections', instance: 'reporting' },
  ],
  [
    "what's the value of max connections on blog in oregon",
    'CheckInstanceParameter',
    { parameter: 'max_connections', instance: 'blog', region: 'us-west-2' },
  ],
  [
    'check the max connections parameter on hr',
    'CheckInstanceParameter',
    { parameter: 'max_connections', instance: 'hr' },
  ],
  [
    'what is shared buffers set to on reporting in Oregon',
    'CheckInstanceParameter',
    { parameter: 'shared_buffers', instance: 'reporting', region: 'us-west-2' },
  ],
  [
    'show me the parameter work mem for crm',
    'CheckInstanceParameter',
    { parameter: 'work_mem', instance: 'crm' },
  ],
  [
    "what's the sga target parameter of hr",
    'CheckInstanceParameter',
    { parameter: 'sga_target', instance: 'hr' },
  ],
  [
    'get parameter open cursors for hr in Ireland',
    'CheckInstanceParameter',
    { parameter: 'open_cursors', instance: 'hr', region: 'eu-west-1' },
  ],
  [
    'what is the value of the max connections parameter for blog',
    'CheckInstanceParameter',
    { parameter: 'max_connections', instance: 'blog' },
  ],
  [
    'check the parameter open cursors for hr',
    'CheckInstanceParameter',
    { parameter: 'open_cursors', instance: 'hr' },
  ],
  [
    "what's max connections set to on blog",
    'CheckInstanceParameter',
    { parameter: 'max_connections', instance: 'blog' },
  ],
  [
    'what is max connections on reporting in Oregon',
    'CheckInstanceParameter',
    { parameter: 'max_connections', instance: 'reporting', region: 'us-west-2' },
  ],
  // CheckLog
  ['check alert log of reporting instance', 'CheckLog', { logType: 'alert', instance: 'reporting' }],
  [
    'check the error log of blog in Oregon',
    'CheckLog',
    { logType: 'error', instance: 'blog', region: 'us-west-2' },
  ],
  [
    'show me the alert log for hr in Ireland',
    'CheckLog',
    { logType: 'alert', instance: 'hr', region: 'eu-west-1' },
  ],
  [
    'any errors in the postgres log of reporting',
    'CheckLog',
    { logType: 'postgresql', instance: 'reporting' },
  ],
  ['read the slow query log on blog', 'CheckLog', { logType: 'slowquery', instance: 'blog' }],
  ["what's in the error log for payroll", 'CheckLog', { logType: 'error', instance: 'payroll' }],
  ['tail the listener log of hr', 'CheckLog', { logType: 'listener', instance: 'hr' }],
  ['check the logs of reporting', 'CheckLog', { instance: 'reporting' }],
  [
    'show me the listener log of hr in Oregon',
    'CheckLog',
    { logType: 'listener', instance: 'hr', region: 'us-west-2' },
  ],
  ['any errors in the alert log for hr', 'CheckLog', { logType: 'alert', instance: 'hr' }],
  // RebootInstance
  [
    'reboot reporting in Oregon mfa six four five two eight one',
    'RebootInstance',
    { instance: 'reporting', region: 'us-west-2', mfaCode: '645281' },
  ],
  ['reboot the blog instance', 'RebootInstance', { instance: 'blog' }],
  ['restart payroll in oregon', 'RebootInstance', { instance: 'payroll', region: 'us-west-2' }],
  [
    'reboot hr in ireland with code one two three four five six',
    'RebootInstance',
    { instance: 'hr', region: 'eu-west-1', mfaCode: '123456' },
  ],
  ['please restart the crm database', 'RebootInstance', { instance: 'crm' }],
  ['bounce reporting', 'RebootInstance', { instance: 'reporting' }],
  [
    'reboot the reporting database in Oregon mfa one two three four five six',
    'RebootInstance',
    { instance: 'reporting', region: 'us-west-2', mfaCode: '123456' },
  ],
  [
    'reboot blog instance mfa code one two three four five six',
    'RebootInstance',
    { instance: 'blog', mfaCode: '123456' },
  ],
  [
    'restart the reporting instance in Oregon',
    'RebootInstance',
    { instance: 'reporting', region: 'us-west-2' },
  ],
  ['reboot hr', 'RebootInstance', { instance: 'hr' }],
  // FailoverInstance
  ['failover blog instance in Oregon', 'FailoverInstance', { instance: 'blog', region: 'us-west-2' }],
  ['fail over blog to blog reader', 'FailoverInstance', { instance: 'blog', target: 'blog-reader' }],
  [
    'failover crm in north virginia mfa one two three four five six',
    'FailoverInstance',
    { instance: 'crm', region: 'us-east-1', mfaCode: '123456' },
  ],
  ['do a failover of the blog cluster', 'FailoverInstance', { instance: 'the blog cluster' }],
  ['trigger a failover on crm', 'FailoverInstance', { instance: 'crm' }],
  [
    'fail over the blog database in Oregon',
    'FailoverInstance',
    { instance: 'the blog database', region: 'us-west-2' },
  ],
  ['initiate a failover of payroll', 'FailoverInstance', { instance: 'payroll' }],
  [
    'failover payroll with code one two three four five six',
    'FailoverInstance',
    { instance: 'payroll', mfaCode: '123456' },
  ],
  ['failover blog', 'FailoverInstance', { instance: 'blog' }],
  [
    'fail over blog in Oregon with code one two three four five six',
    'FailoverInstance',
    { instance: 'blog', region: 'us-west-2', mfaCode: '123456' },
  ],
  // SetNotifications
  ['turn notifications on', 'SetNotifications', { notificationState: 'on' }],
  ['turn off notifications', 'SetNotifications', { notificationState: 'off' }],
  ['enable notifications', 'SetNotifications', { notificationState: 'on' }],
  ['disable email notifications', 'SetNotifications', { notificationState: 'off' }],
  ['switch notifications off', 'SetNotifications', { notificationState: 'off' }],
  ["what's the notification status", 'SetNotifications', { notificationState: 'status' }],
  ['turn on email notifications', 'SetNotifications', { notificationState: 'on' }],
  ['what is my notification status', 'SetNotifications', { notificationState: 'status' }],
  ['switch on notifications', 'SetNotifications', { notificationState: 'on' }],
  // A question about the setting, not an order to turn it on.
  ['are notifications on', 'SetNotifications', { notificationState: 'status' }],
];

/** The slot's resolved id when the value is one of the model's, else the words heard. */
function slotValue(slot: Slot): string | undefined {
  const authority = slot.resolutions?.resolutionsPerAuthority?.[0];
  if (authority?.status.code === 'ER_SUCCESS_MATCH') return authority.values[0]?.value.id;
  return slot.value;
}

function understood(utterance: string) {
  const { intent } = matcher.match(utterance);
  const slots = Object.fromEntries(
    Object.values(intent.slots ?? {}).flatMap((slot) => {
      const value = slotValue(slot);
      return value ? [[slot.name, value]] : [];
    }),
  );
  return { intent: intent.name, slots };
}

/** The "What you can ask" table of README.md: each intent with the examples quoted in its row. */
function readmeExamples(): [string, string][] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## What you can ask'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .flatMap((line) => {
      const [intent = '', examples = ''] = line
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      return [...examples.matchAll(/"([^"]+)"/g)].map((m) => [intent, m[1]!] as [string, string]);
    });
}

describe('Interaction model: how DBAs phrase things (simulator NLU)', () => {
  it.each(PHRASINGS)('"%s" -> %s %o', (utterance, intent, slots) => {
    expect(understood(utterance)).toEqual({ intent, slots });
  });

  it('has six or more phrasings for every custom intent, with and without a Region where it takes one', () => {
    const problems = Object.entries(INTENT_SLOTS).flatMap(([intent, slots]) => {
      const rows = PHRASINGS.filter((row) => row[1] === intent);
      const issues = rows.length < 6 ? [`${intent}: ${rows.length} phrasings`] : [];
      if (slots.includes('region') && !rows.some((row) => row[2].region)) issues.push(`${intent}: no Region`);
      if (slots.includes('region') && rows.every((row) => row[2].region))
        issues.push(`${intent}: always a Region`);
      return issues;
    });

    expect(problems).toEqual([]);
  });

  it('sends every example of the README intent table to its intent', () => {
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(20);
    for (const [intent, example] of examples) {
      if (intent in INTENT_SLOTS) {
        expect(understood(example).intent, example).toBe(intent);
      } else {
        // The built-ins row ("help", "stop"): Alexa's own phrases.
        expect(matcher.builtInIntentFor(example) ?? understood(example).intent, example).toMatch(/^AMAZON\./);
      }
    }
  });

  it('covers every example the console banner suggests for the demo fleet', () => {
    const banner = exampleUtterances(loadFleet(demoFleetPath));
    const covered = new Set(PHRASINGS.map((row) => row[0]));

    expect(banner.filter((utterance) => !covered.has(utterance) && utterance !== 'help')).toEqual([]);
  });
});
