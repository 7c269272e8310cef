import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricStatisticsCommand,
  type GetMetricStatisticsCommandInput,
  type MetricAlarm,
} from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enUS } from '../../../src/skill/speech/locales/en-US.js';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import {
  type ListData,
  onScreen,
  pathPoints,
  renderDocuments,
  userEventRequest,
} from '../../helpers/screenRequests.js';
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
  cloudWatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [] });
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
  threshold: { line: string; label: string };
  points: { at: string; value: number }[];
  title: string;
  subtitle: string;
  axis: Record<string, string>;
  time: Record<string, string>;
}

const cpuLastHour = (locale = 'en-US') =>
  intentRequest(
    'CheckInstanceMetric',
    {
      metric: { value: 'cpu', id: 'CPUUtilization' },
      instance: { value: 'reporting' },
      region: OREGON,
      window: { value: 'last hour', id: 'lastHour' },
    },
    { locale },
  );

/** For `skill`: the chart it sends a screen device for the CPU of reporting over the last hour, asked in a locale. */
const chartsOf =
  (skill: ReturnType<typeof createTestSkill>['skill']) =>
  async (locale: string): Promise<ChartData> =>
    renderDocuments(await skill.invoke(onScreen(cpuLastHour(locale))))[0]!.datasources
      .chart as unknown as ChartData;

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

  it("writes the time axis in the listener's locale: 24-hour in en-GB, Japanese labels in ja-JP", async () => {
    cloudWatch.on(GetMetricStatisticsCommand).resolves({ Datapoints: hour });
    const { skill } = createTestSkill();
    const chartOf = chartsOf(skill);
    expect((await chartOf('en-GB')).time).toEqual({ start: '11:00 UTC', end: '11:55 UTC' });
    expect((await chartOf('ja-JP')).subtitle).toContain('5分ごとの平均');
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

/** An alarm in ALARM on reporting, as DescribeAlarms returns it. */
function firingAlarm(name: string, metric: string, threshold: number, comparison = 'GreaterThanThreshold') {
  return {
    AlarmName: name,
    StateValue: 'ALARM',
    Namespace: 'AWS/RDS',
    MetricName: metric,
    Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'prod-reporting-01' }],
    Threshold: threshold,
    ComparisonOperator: comparison,
    StateUpdatedTimestamp: new Date(NOW - 10 * MINUTE),
  } as MetricAlarm;
}

describe('Screen: the threshold of a firing alarm on the chart', () => {
  it('draws the line of an alarm in ALARM on the charted metric, named, and no other alarm', async () => {
    // Prepare
    cloudWatch.on(GetMetricStatisticsCommand).resolves({ Datapoints: hour });
    cloudWatch.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        firingAlarm('prod-reporting-01-high-cpu', 'CPUUtilization', 80),
        firingAlarm('prod-reporting-01-low-storage', 'FreeStorageSpace', 2e9, 'LessThanThreshold'),
      ],
    });
    const { skill } = createTestSkill();
    // Act
    const response = await skill.invoke(onScreen(cpuLastHour()));
    // Assess: 80% of a 0-100% axis is a fifth of the way down the 400-high drawing
    const chart = renderDocuments(response)[0]!.datasources.chart as unknown as ChartData;
    expect(pathPoints(chart.threshold.line)).toEqual([
      [0, 80],
      [1000, 80],
    ]);
    expect(chart.threshold.label).toBe('prod-reporting-01-high-cpu: alarm above 80%');
    expect(cloudWatch.commandCalls(DescribeAlarmsCommand)).toHaveLength(1);
  });

  it('raises the axis so a threshold above every datapoint is still on the chart', async () => {
    cloudWatch.on(GetMetricStatisticsCommand).resolves({
      Datapoints: hour.map((p) => ({ ...p, Average: 0.01, Unit: 'Seconds' as const })),
    });
    cloudWatch.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [firingAlarm('reporting-read-latency', 'ReadLatency', 0.15)],
    });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      onScreen(
        intentRequest('CheckInstanceMetric', {
          metric: { value: 'read latency', id: 'ReadLatency' },
          instance: { value: 'reporting' },
          region: OREGON,
          window: { value: 'last hour', id: 'lastHour' },
        }),
      ),
    );
    const chart = renderDocuments(response)[0]!.datasources.chart as unknown as ChartData;
    expect(chart.axis.top).toBe('200 ms');
    expect(pathPoints(chart.threshold.line)).toEqual([
      [0, 100],
      [1000, 100],
    ]);
    expect(chart.threshold.label).toBe('reporting-read-latency: alarm above 150 ms');
  });

  it('draws no line when no alarm fires, and asks nothing of CloudWatch alarms for a voice-only device', async () => {
    cloudWatch.on(GetMetricStatisticsCommand).resolves({ Datapoints: hour });
    const { skill } = createTestSkill();
    const voice = await skill.invoke(cpuLastHour());
    expect(cloudWatch.commandCalls(DescribeAlarmsCommand)).toHaveLength(0);
    const response = await skill.invoke(onScreen(cpuLastHour()));
    const chart = renderDocuments(response)[0]!.datasources.chart as unknown as ChartData;
    expect(chart.threshold).toMatchObject({ line: '', label: '' });
    expect(spoken(response)).toBe(spoken(voice));
  });

  it('still answers and charts when the alarms cannot be read, without a line', async () => {
    // Prepare: DescribeAlarms is throttled
    cloudWatch.on(GetMetricStatisticsCommand).resolves({ Datapoints: hour });
    cloudWatch
      .on(DescribeAlarmsCommand)
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'Throttling' }));
    const { skill } = createTestSkill();
    // Act
    const voice = await skill.invoke(cpuLastHour());
    const response = await skill.invoke(onScreen(cpuLastHour()));
    // Assess
    expect(spoken(response)).toBe(spoken(voice));
    const chart = renderDocuments(response)[0]!.datasources.chart as unknown as ChartData;
    expect(pathPoints(chart.line)).toHaveLength(hour.length);
    expect(chart.threshold.line).toBe('');
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

describe('Screen: Japanese names and metrics', () => {
  /** The test fleet with reporting's and hr's Japanese readings tagged, as an operator would. */
  function withReadings() {
    const readings: Record<string, string> = { reporting: 'レポーティング', hr: 'エイチアール' };
    const tagged = Object.fromEntries(
      Object.entries(fleet).map(([region, instances]) => [
        region,
        instances.map((instance) => {
          const name = instance.TagList?.find((t) => t.Key === 'instance')?.Value ?? '';
          const reading = readings[name];
          return reading
            ? { ...instance, TagList: [...(instance.TagList ?? []), { Key: 'instance-ja', Value: reading }] }
            : instance;
        }),
      ]),
    );
    rds.restore();
    rds = mockFleet(tagged);
  }

  it('labels instance rows by their reading with the exact name beside it; a touch still names the instance', async () => {
    // Prepare
    withReadings();
    const { skill } = createTestSkill();
    // Act
    const response = await skill.invoke(onScreen(intentRequest('ListInstances', {}, { locale: 'ja-JP' })));
    // Assess
    const list = renderDocuments(response)[0]!.datasources.list as unknown as ListData;
    expect(list.items.map((i) => [i.label, i.name])).toEqual([
      ['blog', 'blog'],
      ['エイチアール（hr）', 'hr'],
      ['レポーティング（reporting）', 'reporting'],
    ]);
  });

  it('titles a chart with the metric name speech uses: CPU使用率 in Japanese, CPUUtilization in English', async () => {
    // Prepare
    withReadings();
    cloudWatch.on(GetMetricStatisticsCommand).resolves({ Datapoints: hour });
    const { skill } = createTestSkill();
    // Act
    const chartOf = chartsOf(skill);
    const japanese = await chartOf('ja-JP');
    const english = await chartOf('en-US');
    // Assess
    expect(japanese.title).toBe('CPU使用率');
    expect(japanese.subtitle).toContain('レポーティング');
    expect(english.title).toBe('CPUUtilization');
  });
});
