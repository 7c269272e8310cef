import { CloudWatchClient, GetMetricStatisticsCommand } from '@aws-sdk/client-cloudwatch';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import type { ConsoleTurn } from '../../../src/local/console/ConsoleTurn.js';
import { screenDevice } from '../../../src/local/console/screenDevice.js';
import { pathPoints, type RenderDocument, renderDocuments } from '../../helpers/screenRequests.js';
import { useTestStack } from './startTestStack.js';

/**
 * Every kind of answer that shows a screen, asked of the demo fleet in its largest form: all Regions, the
 * longest windows, the instance with the most alarms and events.
 */
const SCREEN_ANSWERS = [
  'list instances',
  'list applications',
  'list instances for application reporting',
  "what's the cpu on reporting in oregon",
  "what's the cpu on reporting in oregon over the last day",
  'show events for reporting in oregon',
  'any alarms on reporting in oregon',
  'how is the fleet',
  "what's the busiest instance",
  'any alarms firing',
  "what's not available",
  "what's the engine of analytics in oregon",
  'show top sessions on reporting',
  'tablespace usage for hr in oregon',
  'tablespace usage for sales',
  'connect to sales',
  "what's the value of max connections on sales",
  'check the error log of reporting',
];

/**
 * Alexa's limit on a whole response. The custom-skill JSON reference's response format says "the total size of
 * your response cannot exceed 24 kilobytes" (as quoted from it in https://qiita.com/s-katsumata/items/d0bbdc9aaf7bc96277bf
 * and https://stackoverflow.com/questions/36557053); the same figure src/skill/intents/respond.ts holds a
 * screen to.
 */
const MAX_RESPONSE_BYTES = 24 * 1024;

interface ChartData {
  line: string;
  points: { at: string; value: number }[];
}
/** DBVOICE_STORAGE_THRESHOLD when unset (src/skill/domain/bastion/BastionConfig.ts). */
const DEFAULT_STORAGE_THRESHOLD = 90;

interface CardData {
  title: string;
  rows: { label: string; value: string; bar: boolean; width: string; over: boolean }[];
}
interface ListData {
  items: { label: string; name: string; region: string; action: string; status: string }[];
}

function lastResponse(turn: ConsoleTurn): ResponseEnvelope {
  const response = turn.exchanges.at(-1)?.response;
  if (!response) throw new Error(`no response for ${turn.utterance}`);
  return response;
}

function screenOf(turn: ConsoleTurn): RenderDocument {
  const [directive] = renderDocuments(lastResponse(turn));
  if (!directive) throw new Error(`no RenderDocument for ${turn.utterance}`);
  return directive;
}

describe('Console: answers on a screen (bundled skill, demo fleet, emulator over HTTP)', () => {
  const local = useTestStack({ resetBeforeEach: false });

  it('charts exactly the datapoints the emulator serves for the window', async () => {
    // Prepare
    const session = local.stack.newSession(screenDevice('hub'));
    // Act
    const turn = await session.say("what's the cpu on reporting in oregon over the last hour");
    // Assess
    const chart = screenOf(turn).datasources.chart as unknown as ChartData;
    const cloudWatch = new CloudWatchClient({
      region: 'us-west-2',
      endpoint: local.stack.emulator.url,
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    });
    const first = Date.parse(chart.points[0]!.at);
    const last = Date.parse(chart.points.at(-1)!.at);
    const served = await cloudWatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'AWS/RDS',
        MetricName: 'CPUUtilization',
        Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'prod-reporting-01' }],
        StartTime: new Date(first),
        EndTime: new Date(last + 300_000),
        Period: 300,
        Statistics: ['Average'],
      }),
    );
    const datapoints = (served.Datapoints ?? []).sort(
      (a, b) => a.Timestamp!.getTime() - b.Timestamp!.getTime(),
    );
    expect(chart.points.length).toBeGreaterThan(1);
    expect(pathPoints(chart.line)).toHaveLength(chart.points.length);
    expect(chart.points.map((p) => p.value)).toEqual(datapoints.map((d) => d.Average));
    expect(chart.points.map((p) => p.at)).toEqual(datapoints.map((d) => d.Timestamp!.toISOString()));
  });

  it('sends no directive to a device without a screen, and says the same', async () => {
    const utterance = "what's the cpu on reporting in oregon over the last hour";
    const voice = await local.stack.newSession().say(utterance);
    const screen = await local.stack.newSession(screenDevice('round')).say(utterance);
    expect(renderDocuments(lastResponse(voice))).toEqual([]);
    expect(renderDocuments(lastResponse(screen))).toHaveLength(1);
    expect(screen.speech).toBe(voice.speech);
  });

  it('round-trips a touch on a listed instance to the status of that instance', async () => {
    // Prepare
    const session = local.stack.newSession(screenDevice('hub'));
    const listed = await session.say('list instances in oregon');
    const directive = screenOf(listed);
    const row = (directive.datasources.list as unknown as ListData).items[2]!;
    // Act
    const touched = await session.touch([row.action, row.name, row.region], directive.token);
    // Assess
    expect(touched.exchanges[0]?.request.request.type).toBe('Alexa.Presentation.APL.UserEvent');
    expect(touched.speech).toBe(`The status of ${row.name} in Oregon is ${row.status}.`);
  });

  it('lists the fleet-health issues, and a touch on one answers for that instance', async () => {
    // Prepare
    const session = local.stack.newSession(screenDevice('hub'));
    const health = await session.say('how is the fleet');
    const directive = screenOf(health);
    const list = directive.datasources.list as unknown as ListData & { title: string };
    const row = list.items.find((item) => item.label === 'reporting')!;
    // Act
    const touched = await session.touch([row.action, row.name, row.region], directive.token);
    // Assess
    expect(list.items.length).toBeGreaterThan(1);
    expect(row.status).toMatch(/^\d+ alarms?$/);
    expect(touched.speech).toMatch(/^The status of reporting in Oregon is /);
  });

  it('draws the threshold of the alarm firing on the charted metric', async () => {
    const turn = await local.stack
      .newSession(screenDevice('hub'))
      .say("what's the cpu on reporting in oregon over the last hour");
    const chart = screenOf(turn).datasources.chart as unknown as ChartData & {
      threshold: { line: string; label: string };
    };
    expect(chart.threshold.label).toBe('prod-reporting-01-high-cpu: alarm above 80%');
    expect(pathPoints(chart.threshold.line)).toHaveLength(2);
  });

  it('shows a storage check as one bar per tablespace, those over the threshold marked', async () => {
    // Act
    const turn = await local.stack.newSession(screenDevice('hub')).say('tablespace usage for hr in oregon');
    // Assess
    const card = screenOf(turn).datasources.card as unknown as CardData;
    expect(card.rows.length).toBeGreaterThan(0);
    expect(card.rows.every((row) => row.bar && /^\d+(\.\d+)?%$/.test(row.width))).toBe(true);
    const percents = card.rows.map((row) => Number.parseFloat(row.width));
    expect(percents).toEqual([...percents].sort((a, b) => b - a));
    for (const row of card.rows)
      expect(row.over).toBe(Number.parseFloat(row.width) >= DEFAULT_STORAGE_THRESHOLD);
    for (const row of card.rows)
      expect(turn.card && 'content' in turn.card ? turn.card.content : '').toContain(row.label);
  });

  it("shows an instance's card with its status whatever property was asked", async () => {
    const turn = await local.stack
      .newSession(screenDevice('hub'))
      .say("what's the engine of analytics in oregon");
    const card = screenOf(turn).datasources.card as unknown as CardData;
    expect(card.title).toBe('analytics');
    expect(card.rows.map((row) => row.label)).toEqual(expect.arrayContaining(['Status', 'Engine']));
    expect(card.rows.find((row) => row.label === 'Status')?.value).toBe('stopped');
    expect(card.rows.some((row) => row.bar)).toBe(false);
  });

  it('shows a screen exactly when the device supports APL, with the same words, every screen-bearing answer', async () => {
    for (const utterance of SCREEN_ANSWERS) {
      // Act
      const voice = await local.stack.newSession().say(utterance);
      const screen = await local.stack.newSession(screenDevice('hub')).say(utterance);
      // Assess
      expect(renderDocuments(lastResponse(voice)), utterance).toEqual([]);
      expect(renderDocuments(lastResponse(screen)), utterance).toHaveLength(1);
      expect(screen.speech, utterance).toBe(voice.speech);
    }
  });

  it('keeps the largest answers the demo fleet can give under the response size limit', async () => {
    // Prepare: the longest lists (every instance, every issue of every Region) and the densest charts
    const session = local.stack.newSession(screenDevice('tv'));
    const sizes: Record<string, number> = {};
    for (const utterance of SCREEN_ANSWERS) {
      // Act
      const turn = await session.say(utterance);
      // Assess
      const response = lastResponse(turn);
      expect(renderDocuments(response), utterance).toHaveLength(1);
      sizes[utterance] = Buffer.byteLength(JSON.stringify(response));
    }
    for (const [utterance, size] of Object.entries(sizes))
      expect(size, utterance).toBeLessThan(MAX_RESPONSE_BYTES);
  });
});
