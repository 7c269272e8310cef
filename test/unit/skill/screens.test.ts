import {
  CloudWatchClient,
  GetMetricStatisticsCommand,
  type GetMetricStatisticsCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enUS } from '../../../src/skill/speech/locales/en-US.js';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { onScreen, pathPoints, renderDocuments, userEventRequest } from '../../helpers/screenRequests.js';
import { createTestSkill, NOW } from '../../helpers/testSkill.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' };
const fleet = {
  'us-west-2': [
    dbInstance({ identifier: 'prod-reporting-01', name: 'reporting', application: 'reporting' }),
    dbInstance({ identifier: 'blog-db', name: 'blog', engine: 'postgres', status: 'rebooting' }),
  ],
  'us-east-1': [dbInstance({ identifier: 'prod-hr-01', name: 'hr', region: 'us-east-1' })],
};

let rds: ReturnType<typeof mockFleet>;
const cloudWatch = mockClient(CloudWatchClient);
beforeEach(() => {
  rds = mockFleet(fleet);
  cloudWatch.reset();
});
afterEach(() => rds.restore());

const MINUTE = 60_000;
/** Twelve five-minute averages of CPU: 10, 15, ..., 65 percent. */
const hour = Array.from({ length: 12 }, (_, i) => ({
  Timestamp: new Date(NOW - (60 - 5 * i) * MINUTE),
  Average: 10 + 5 * i,
  Maximum: 20 + 5 * i,
  Unit: 'Percent' as const,
}));

interface ChartData {
  line: string;
  points: { at: string; value: number }[];
  title: string;
  subtitle: string;
  axis: Record<string, string>;
  time: Record<string, string>;
}
interface ListData {
  title: string;
  items: {
    label: string;
    name: string;
    region: string;
    regionName: string;
    status: string;
    detail: string;
    action: string;
  }[];
}

const cpuLastHour = () =>
  intentRequest('CheckInstanceMetric', {
    metric: { value: 'cpu', id: 'CPUUtilization' },
    instance: { value: 'reporting' },
    region: OREGON,
    window: { value: 'last hour', id: 'lastHour' },
  });

describe('Screen: metric chart', () => {
  it('sends a RenderDocument only to a device that supports APL, with the same speech', async () => {
    // Prepare
    cloudWatch.on(GetMetricStatisticsCommand).resolves({ Datapoints: hour });
    const { skill } = createTestSkill();
    // Act
    const voiceOnly = await skill.invoke(cpuLastHour());
    const withScreen = await skill.invoke(onScreen(cpuLastHour()));
    // Assess
    expect(renderDocuments(voiceOnly)).toEqual([]);
    expect(renderDocuments(withScreen)).toHaveLength(1);
    expect(spoken(withScreen)).toBe(spoken(voiceOnly));
    expect(withScreen.response.shouldEndSession).toBe(voiceOnly.response.shouldEndSession);
  });

  it('draws one point per datapoint, oldest left, higher values higher, on a named axis', async () => {
    // Prepare: CloudWatch returns the datapoints out of order, as it may
    cloudWatch.on(GetMetricStatisticsCommand).resolves({ Datapoints: [...hour].reverse() });
    const { skill } = createTestSkill();
    // Act
    const [directive] = renderDocuments(await skill.invoke(onScreen(cpuLastHour())));
    // Assess
    const chart = directive!.datasources.chart as unknown as ChartData;
    const points = pathPoints(chart.line);
    expect(points).toHaveLength(hour.length);
    expect(points[0]![0]).toBe(0);
    expect(points.at(-1)![0]).toBe(1000);
    for (let i = 1; i < points.length; i++) {
      expect(points[i]![0]).toBeGreaterThan(points[i - 1]![0]);
      expect(points[i]![1]).toBeLessThan(points[i - 1]![1]);
    }
    expect(chart.points.map((p) => p.value)).toEqual(hour.map((p) => p.Average));
    expect(chart.title).toBe('CPUUtilization');
    expect(chart.subtitle).toContain('Average per 5 minutes');
    expect(chart.axis).toEqual({ top: '100%', middle: '50%', bottom: '0%' });
    expect(chart.time).toEqual({ start: '11:00 AM UTC', end: '11:55 AM UTC' });
    expect(directive!.document.version >= '2023.1').toBe(true);
  });

  it('shows "now" with the hour before it, from one call', async () => {
    // Prepare
    cloudWatch.on(GetMetricStatisticsCommand).resolves({
      Datapoints: Array.from({ length: 60 }, (_, i) => ({
        Timestamp: new Date(NOW - (60 - i) * MINUTE),
        Average: 1.5 * 1024 ** 3,
        Unit: 'Bytes' as const,
      })),
    });
    const { skill } = createTestSkill();
    const now = () =>
      intentRequest('CheckInstanceMetric', {
        metric: { value: 'free memory', id: 'FreeableMemory' },
        instance: { value: 'reporting' },
        region: OREGON,
      });
    // Act
    const response = await skill.invoke(onScreen(now()));
    // Assess
    expect(spoken(response)).toBe('The freeable memory of reporting in Oregon is 1.5 gigabytes.');
    const calls = cloudWatch.commandCalls(GetMetricStatisticsCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]!.args[0].input as GetMetricStatisticsCommandInput;
    expect(input.EndTime!.getTime() - input.StartTime!.getTime()).toBe(60 * MINUTE);
    const chart = renderDocuments(response)[0]!.datasources.chart as unknown as ChartData;
    expect(pathPoints(chart.line)).toHaveLength(60);
    expect(chart.axis).toEqual({ top: '2 GB', middle: '1 GB', bottom: '0 GB' });
  });

  it('answers "no data" when the hour of context holds only old points, and shows no chart', async () => {
    cloudWatch.on(GetMetricStatisticsCommand).resolves({
      Datapoints: [{ Timestamp: new Date(NOW - 40 * MINUTE), Average: 5, Unit: 'Percent' }],
    });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      onScreen(
        intentRequest('CheckInstanceMetric', {
          metric: { value: 'cpu', id: 'CPUUtilization' },
          instance: { value: 'reporting' },
          region: OREGON,
        }),
      ),
    );
    expect(spoken(response)).toMatch(/no CPU utilization data/i);
    expect(renderDocuments(response)).toEqual([]);
  });
});

describe('Screen: lists', () => {
  it('lists instances with status, Region and engine, each row naming its instance and Region', async () => {
    // Prepare
    const { skill } = createTestSkill();
    // Act
    const response = await skill.invoke(onScreen(intentRequest('ListInstances', {})));
    // Assess
    const list = renderDocuments(response)[0]!.datasources.list as unknown as ListData;
    expect(list.title).toBe('3 instances');
    expect(list.items.map((i) => [i.label, i.status, i.regionName, i.detail])).toEqual([
      ['blog', 'rebooting', 'Oregon', 'PostgreSQL'],
      ['hr', 'available', 'North Virginia', 'MySQL'],
      ['reporting', 'available', 'Oregon', 'MySQL'],
    ]);
  });

  it('round-trips a touch: the SendEvent arguments of a row answer for that instance', async () => {
    // Prepare
    const { skill } = createTestSkill();
    const response = await skill.invoke(onScreen(intentRequest('ListInstances', {})));
    const directive = renderDocuments(response)[0]!;
    const row = (directive.datasources.list as unknown as ListData).items[0]!;
    const template = JSON.stringify(directive.document);
    // Act: the arguments as APL binds them for this row
    const args = [row.action, row.name, row.region];
    const answer = await skill.invoke(userEventRequest(args));
    // Assess
    // biome-ignore lint/suspicious/noTemplateCurlyInString: APL's data-binding syntax, not a JS template
    expect(template).toContain('"arguments":["${data.action}","${data.name}","${data.region}"]');
    expect(spoken(answer)).toBe('The status of blog in Oregon is rebooting.');
  });
});

describe('Screen: touch a list row', () => {
  it('answers a touch on an instance as "status of X in Region"', async () => {
    // Prepare
    const { skill } = createTestSkill();
    // Act
    const response = await skill.invoke(userEventRequest(['status', 'blog', 'us-west-2']));
    // Assess
    expect(spoken(response)).toBe('The status of blog in Oregon is rebooting.');
  });

  it('answers a forged or unknown touch once, politely, with nothing read', async () => {
    const { skill } = createTestSkill();
    const response = await skill.invoke(userEventRequest(['drop', 'blog', 'us-west-2']));
    expect(spoken(response)).toBe(enUS.fallback.speech);
    expect(renderDocuments(response)).toEqual([]);
  });
});
