import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
} from '@aws-sdk/client-cloudwatch';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeDBLogFilesCommand,
  DescribeEventsCommand,
  DownloadDBLogFilePortionCommand,
} from '@aws-sdk/client-rds';
import { SNSClient } from '@aws-sdk/client-sns';
import { STSClient } from '@aws-sdk/client-sts';
import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  type CustomIntentName,
  INTENT_SLOTS,
  INTENTS,
  SLOTS,
} from '../../../src/skill/intents/interactionModel.js';
import { intentRequest, type SlotSpec } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { NOW } from '../../helpers/testSkill.js';
import { createBastionTestSkill } from '../bastion/bastionSkill.js';
import { mockBastion, okResult } from '../bastion/mockBastion.js';

/** What SSML must never carry: markup, the CDATA end, quotes, entity look-alikes, a lone surrogate. */
const SPECIALS = [
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '<![CDATA[',
  '&amp;',
  '&lt;b&gt;',
  '</speak>',
  '<break time="9s"/>',
  '\uD800',
  '\u0001',
];
const nasty = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...SPECIALS), weight: 3 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 2 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 2 },
      { arbitrary: fc.constantFrom('hr', 'blog', 'Ünïcødé', '報告', 'مرحبا', '🦆'), weight: 2 },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''));

/** Code points XML 1.0 forbids: present in the words, they must be dropped (never escaped) from SSML. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const PREDEFINED_ENTITY = /&(amp|lt|gt|quot|apos);/g;
const parser = new XMLParser({ trimValues: false, processEntities: true, htmlEntities: false });

/**
 * Asserts a speech or reprompt is a well-formed <speak> document: fast-xml-parser's validator, plus the three
 * rules it does not check (forbidden characters, "]]>" in text, only the five predefined entities).
 * Returns the text a listener hears, entities decoded once.
 */
function wellFormedText(ssml: string): string {
  expect(XMLValidator.validate(ssml), ssml).toBe(true);
  expect(ssml.match(NOT_XML), ssml).toBeNull();
  expect(ssml.includes(']]>'), ssml).toBe(false);
  expect(ssml.replace(PREDEFINED_ENTITY, '').includes('&'), ssml).toBe(false);
  expect(ssml.startsWith('<speak>') && ssml.endsWith('</speak>'), ssml).toBe(true);
  const parsed = parser.parse(ssml) as { speak?: unknown };
  return typeof parsed.speak === 'string' ? parsed.speak : '';
}

const words = (text: string) => text.replace(NOT_XML, '').replace(/\s+/g, ' ').trim();

interface Fleet {
  readonly name: string;
  readonly application: string;
  readonly environment: string;
  readonly text: string;
}

/** Every AWS answer the skill may read carries the fleet's nasty words; the rest answers empty. */
function mockAws(fleet: Fleet) {
  const rds = mockFleet({
    'us-west-2': [
      dbInstance({
        identifier: 'prod-x-01',
        name: fleet.name,
        application: fleet.application,
        environment: fleet.environment,
        multiAz: true,
      }),
    ],
  });
  rds.on(DescribeEventsCommand).resolves({ Events: [{ Date: new Date(NOW - 60_000), Message: fleet.text }] });
  rds.on(DescribeDBLogFilesCommand).resolves({
    DescribeDBLogFiles: [{ LogFileName: 'error/mysql-error.log', LastWritten: NOW - 60_000, Size: 100 }],
  });
  rds
    .on(DownloadDBLogFilePortionCommand)
    .resolves({ LogFileData: `[ERROR] ${fleet.text}\n`, AdditionalDataPending: false });
  const cloudWatch = mockClient(CloudWatchClient);
  cloudWatch.on(DescribeAlarmsCommand).resolves({
    MetricAlarms: [
      {
        AlarmName: fleet.text,
        StateReason: fleet.text,
        Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'prod-x-01' }],
      },
    ],
  });
  cloudWatch.on(GetMetricStatisticsCommand).resolves({
    Datapoints: [{ Timestamp: new Date(NOW - 60_000), Average: 42, Maximum: 50, Unit: 'Percent' }],
  });
  cloudWatch.on(GetMetricDataCommand).resolves({ MetricDataResults: [{ Id: 'm0', Values: [42] }] });
  const { ssm } = mockBastion({
    result: okResult([
      {
        name: fleet.text,
        value: fleet.text,
        session_id: fleet.text,
        username: fleet.text,
        metric: 'cpu_seconds',
        sql_text: fleet.text,
        version: fleet.text,
        open_mode: fleet.text,
        used_bytes: '1234567',
      },
    ]),
  });
  const others = [SNSClient, STSClient, DynamoDBClient].map((client) => mockClient(client).resolves({}));
  return () => {
    for (const mock of [rds, cloudWatch, ssm, ...others]) mock.restore();
  };
}

const OREGON: SlotSpec = { value: 'oregon', id: 'us-west-2', type: 'REGION' };

/** Slots that find the fleet's instance, so the answer speaks its (nasty) names; spoken values stay nasty. */
function answeringSlots(intent: CustomIntentName, fleet: Fleet, heard: string): Record<string, SlotSpec> {
  const known: Partial<Record<keyof typeof SLOTS, SlotSpec>> = {
    region: OREGON,
    instance: { value: fleet.name },
    application: { value: fleet.application },
    environment: { value: fleet.environment },
    metric: { value: heard, id: 'CPUUtilization' },
    property: { value: heard, id: 'engineVersion' },
    logType: { value: heard, id: 'error' },
    parameter: { value: heard, id: 'max_connections' },
    sessionMetric: { value: heard, id: 'cpu' },
    mfaCode: { value: '123456', type: 'AMAZON.NUMBER' },
    notificationState: { value: heard, id: 'on' },
    state: { value: heard, id: 'notAvailable' },
    // A user name is checked against an allow-list before anything is looked up: a nasty one is refused
    // (garbageSlots covers that), so the answering request names a valid user.
    userName: { value: 'alice' },
    role: { value: heard, id: 'readonly' },
  };
  return Object.fromEntries(
    INTENT_SLOTS[intent].filter((slot) => known[slot]).map((slot) => [SLOTS[slot], known[slot]!]),
  );
}

/** Every slot of the intent filled with words the model does not know. */
function garbageSlots(intent: CustomIntentName, heard: readonly string[]): Record<string, SlotSpec> {
  return Object.fromEntries(
    INTENT_SLOTS[intent].map((slot, i) => [SLOTS[slot], { value: heard[i % heard.length]! }]),
  );
}

const TASKS = new Set<string>([
  INTENTS.RebootInstance,
  INTENTS.FailoverInstance,
  INTENTS.CreateDatabaseUser,
  INTENTS.ResetDatabaseUserPassword,
  INTENTS.RemoveDatabaseUser,
]);

/** The raw words an answer's card must carry, per intent (undefined: its card names none of them). */
function cardWords(intent: CustomIntentName, fleet: Fleet): string | undefined {
  if (intent === 'NumberOfInstances' || intent === 'SetNotifications') return undefined;
  if (intent === 'ListApplications') return fleet.application;
  // The alarm is named fleet.text; AWS never sends an alarm without a name, so an empty one is no alarm.
  if (intent === 'FleetAlarms' || intent === 'FleetHealth') return fleet.text === '' ? undefined : fleet.name;
  // The fleet's one instance is available: no state lists it.
  if (intent === 'ListInstancesByState') return undefined;
  // The mocked Regions have no pending maintenance: the answer names no instance.
  if (intent === 'PendingMaintenance') return undefined;
  // The card holds the speaker's own ids and the command that allows them: no fleet word.
  if (intent === 'WhoAmI') return undefined;
  return fleet.name;
}

function ssmlOf(speech: ui.OutputSpeech | undefined): string {
  return speech?.type === 'SSML' ? (speech.ssml ?? '') : '';
}

function check(response: ResponseEnvelope): { heard: string; card?: string } {
  const { outputSpeech, reprompt, card } = response.response;
  expect(outputSpeech?.type).toBe('SSML');
  const heard = wellFormedText(ssmlOf(outputSpeech));
  if (reprompt?.outputSpeech) wellFormedText(ssmlOf(reprompt.outputSpeech));
  const text = card && 'content' in card ? `${card.title ?? ''}\n${card.content ?? ''}` : undefined;
  return { heard, ...(text !== undefined ? { card: text } : {}) };
}

describe('SSML safety: every custom intent, nasty slot values and fleet names', () => {
  it.each(Object.keys(INTENTS) as CustomIntentName[])(
    '%s answers well-formed SSML, escaped once, and raw words on its card',
    async (intent) => {
      let named = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.record({ name: nasty, application: nasty, environment: nasty, text: nasty }),
          fc.array(nasty, { minLength: 1, maxLength: 4 }),
          async (fleet, heard) => {
            const restore = mockAws(fleet);
            try {
              const { skill } = createBastionTestSkill({ env: { DBVOICE_REGIONS: 'us-west-2,us-east-1' } });
              const garbage = check(await skill.invoke(intentRequest(intent, garbageSlots(intent, heard))));
              // Escaped exactly once: what is heard holds no entity that nobody said.
              const said = [...heard, ...Object.values(fleet)].join(' ');
              for (const entity of ['&amp;', '&lt;', '&gt;', '&quot;', '&apos;'])
                if (!said.includes(entity)) expect(garbage.heard).not.toContain(entity);

              const answer = check(
                await skill.invoke(intentRequest(intent, answeringSlots(intent, fleet, heard[0]!))),
              );
              const raw = cardWords(intent, fleet);
              if (raw === undefined || words(raw) === '') return;
              // ask-sdk's escapeXmlCharacters reads an entity look-alike in the words ("R&amp;D") as its
              // character, so those words are heard as "R&D"; everything else is heard as written.
              const heardAsWritten = !/&(amp|lt|gt|quot|apos);/.test(raw);
              if (answer.card !== undefined) {
                named += 1;
                expect(answer.card).toContain(raw);
                if (heardAsWritten) expect(words(answer.heard)).toContain(words(raw));
              } else if (TASKS.has(intent)) {
                // A task answers with its confirmation question, which names the instance.
                named += 1;
                if (heardAsWritten) expect(words(answer.heard)).toContain(words(raw));
              }
            } finally {
              restore();
            }
          },
        ),
        { numRuns: 25 },
      );
      if (cardWords(intent, { name: '', application: '', environment: '', text: '' }) !== undefined)
        expect(named).toBeGreaterThan(0);
    },
    60_000,
  );
});
