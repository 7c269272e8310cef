import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricStatisticsCommand,
  type GetMetricStatisticsCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { DescribeEventsCommand } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intentRequest, spoken } from '../../helpers/alexaRequests.js';
import { dbInstance } from '../../helpers/fleetFixtures.js';
import { mockFleet } from '../../helpers/mockFleet.js';
import { createTestSkill, NOW } from '../../helpers/testSkill.js';

const OREGON = { value: 'oregon', id: 'us-west-2', type: 'REGION' };
const fleet = {
  'us-west-2': [
    dbInstance({
      identifier: 'prod-reporting-01',
      name: 'reporting',
      application: 'reporting',
      environment: 'production',
      multiAz: true,
    }),
    dbInstance({
      identifier: 'blog-aurora-1',
      name: 'blog',
      engine: 'aurora-mysql',
      cluster: 'blog-cluster',
      extra: { AllocatedStorage: 1 },
    }),
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

function metricRequest(
  metric: { value: string; id: string },
  extra: Record<string, { value: string; id?: string; type?: string }> = {},
) {
  return intentRequest('CheckInstanceMetric', {
    metric,
    instance: { value: 'reporting' },
    region: OREGON,
    ...extra,
  });
}

describe('Handler: CheckInstanceMetric', () => {
  it('speaks CPU utilization in percent from the latest datapoint', async () => {
    // Prepare
    cloudWatch.on(GetMetricStatisticsCommand).resolves({
      Datapoints: [
        { Timestamp: new Date(NOW - 120_000), Average: 12.5, Unit: 'Percent' },
        { Timestamp: new Date(NOW - 60_000), Average: 42.04, Unit: 'Percent' },
      ],
    });
    const { skill } = createTestSkill();
    // Act
    const response = await skill.invoke(metricRequest({ value: 'cpu', id: 'CPUUtilization' }));
    // Assess
    expect(spoken(response)).toBe('The CPU utilization of reporting in Oregon is 42 percent.');
    const input = cloudWatch.commandCalls(GetMetricStatisticsCommand)[0]!.args[0]
      .input as GetMetricStatisticsCommandInput;
    expect(input).toMatchObject({
      Namespace: 'AWS/RDS',
      MetricName: 'CPUUtilization',
      Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'prod-reporting-01' }],
    });
  });

  it('reads "thirty minutes ago" as a window ending 30 minutes before now', async () => {
    cloudWatch
      .on(GetMetricStatisticsCommand)
      .resolves({ Datapoints: [{ Timestamp: new Date(NOW - 1_800_000), Average: 71, Unit: 'Percent' }] });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      metricRequest(
        { value: 'cpu', id: 'CPUUtilization' },
        { ago: { value: 'PT30M', type: 'AMAZON.DURATION' } },
      ),
    );
    expect(spoken(response)).toBe(
      '30 minutes ago, the CPU utilization of reporting in Oregon was 71 percent.',
    );
    const input = cloudWatch.commandCalls(GetMetricStatisticsCommand)[0]!.args[0]
      .input as GetMetricStatisticsCommandInput;
    expect(input.EndTime?.getTime()).toBe(NOW - 1_800_000);
  });

  it('speaks RDS latency (seconds) in milliseconds and memory in gigabytes', async () => {
    cloudWatch
      .on(GetMetricStatisticsCommand, { MetricName: 'ReadLatency' })
      .resolves({ Datapoints: [{ Timestamp: new Date(NOW), Average: 0.012, Unit: 'Seconds' }] })
      .on(GetMetricStatisticsCommand, { MetricName: 'FreeableMemory' })
      .resolves({ Datapoints: [{ Timestamp: new Date(NOW), Average: 2.4 * 1024 ** 3, Unit: 'Bytes' }] });
    const { skill } = createTestSkill();
    const latency = await skill.invoke(metricRequest({ value: 'read latency', id: 'ReadLatency' }));
    const memory = await skill.invoke(metricRequest({ value: 'free memory', id: 'FreeableMemory' }));
    expect(spoken(latency)).toBe('The read latency of reporting in Oregon is 12 milliseconds.');
    expect(spoken(memory)).toBe('The freeable memory of reporting in Oregon is 2.4 gigabytes.');
  });

  it('summarises a window with average and peak', async () => {
    cloudWatch.on(GetMetricStatisticsCommand).resolves({
      Datapoints: [
        { Timestamp: new Date(NOW - 600_000), Average: 10, Maximum: 30, Unit: 'Count' },
        { Timestamp: new Date(NOW - 300_000), Average: 20, Maximum: 45, Unit: 'Count' },
      ],
    });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      metricRequest(
        { value: 'connections', id: 'DatabaseConnections' },
        { window: { value: 'last hour', id: 'lastHour' } },
      ),
    );
    expect(spoken(response)).toBe(
      'Over the last hour, the number of connections of reporting in Oregon averaged 15, with a peak of 45.',
    );
  });

  it('reads free local storage for Aurora and says why', async () => {
    cloudWatch
      .on(GetMetricStatisticsCommand)
      .resolves({ Datapoints: [{ Timestamp: new Date(NOW), Average: 30 * 1024 ** 3, Unit: 'Bytes' }] });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('CheckInstanceMetric', {
        metric: { value: 'free storage', id: 'FreeStorageSpace' },
        instance: { value: 'blog' },
        region: OREGON,
      }),
    );
    expect(cloudWatch.commandCalls(GetMetricStatisticsCommand)[0]!.args[0].input).toMatchObject({
      MetricName: 'FreeLocalStorage',
    });
    expect(spoken(response)).toContain('is 30 gigabytes. Aurora storage grows automatically');
  });

  it('says when CloudWatch has no data', async () => {
    cloudWatch.on(GetMetricStatisticsCommand).resolves({ Datapoints: [] });
    const { skill } = createTestSkill();
    const response = await skill.invoke(metricRequest({ value: 'swap', id: 'SwapUsage' }));
    expect(spoken(response)).toBe('CloudWatch has no swap usage data for reporting in Oregon for that time.');
  });

  it('refuses a metric it does not know without calling CloudWatch', async () => {
    const { skill } = createTestSkill();
    const response = await skill.invoke(metricRequest({ value: 'happiness', id: '' }));
    expect(spoken(response)).toBe("Sorry, I don't know the metric happiness.");
    expect(cloudWatch.calls()).toHaveLength(0);
  });
});

describe('Handler: CheckInstanceProperty', () => {
  it.each([
    ['status', 'The status of reporting in Oregon is available.'],
    ['engine', 'The engine of reporting in Oregon is MySQL.'],
    ['multiAz', 'The deployment of reporting in Oregon is multi A. Z.'],
    ['allocatedStorage', 'The allocated storage of reporting in Oregon is 100 gigabytes.'],
    ['backupRetention', 'The backup retention of reporting in Oregon is 7 days.'],
    ['publiclyAccessible', 'The public accessibility of reporting in Oregon is no.'],
    ['parameterGroup', 'The parameter group of reporting in Oregon is default.mysql8.0.'],
  ])('answers %s from the inventory, with no further AWS call', async (property, expected) => {
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('CheckInstanceProperty', {
        property: { value: property, id: property },
        instance: { value: 'Reporting' },
        region: OREGON,
      }),
    );
    expect(spoken(response)).toBe(expected);
    expect(rds.calls()).toHaveLength(1);
  });

  it('does not quote Aurora allocated storage, which is meaningless there', async () => {
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('CheckInstanceProperty', {
        property: { value: 'allocated storage', id: 'allocatedStorage' },
        instance: { value: 'blog' },
        region: OREGON,
      }),
    );
    expect(spoken(response)).toBe('blog in Oregon has no allocated storage set.');
  });

  it('finds an instance in another managed Region when no Region is said', async () => {
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('CheckInstanceProperty', {
        property: { value: 'status', id: 'status' },
        instance: { value: 'hr' },
      }),
    );
    expect(spoken(response)).toBe('The status of hr in North Virginia is available.');
  });

  it('finds an instance by its identifier when it has no instance tag', async () => {
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('CheckInstanceProperty', {
        property: { value: 'status', id: 'status' },
        instance: { value: 'prod reporting zero one' },
      }),
    );
    // "zero one" is not "01": the skill says it did not find it and offers the closest names.
    expect(spoken(response)).toContain("I couldn't find an instance called prod reporting zero one");
    const byId = await skill.invoke(
      intentRequest('CheckInstanceProperty', {
        property: { value: 'status', id: 'status' },
        instance: { value: 'prod-hr-01' },
      }),
    );
    expect(spoken(byId)).toBe('The status of hr in North Virginia is available.');
  });
});

describe('Handler: ListAlarms', () => {
  it('lists alarms in ALARM by dimension and by name prefix', async () => {
    cloudWatch.on(DescribeAlarmsCommand).resolves({
      MetricAlarms: [
        {
          AlarmName: 'high cpu',
          StateValue: 'ALARM',
          Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'prod-reporting-01' }],
          StateUpdatedTimestamp: new Date(NOW - 1000),
        },
        {
          AlarmName: 'prod-reporting-01-low-storage',
          StateValue: 'ALARM',
          Dimensions: [],
          StateUpdatedTimestamp: new Date(NOW - 5000),
        },
        {
          AlarmName: 'other',
          StateValue: 'ALARM',
          Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'prod-hr-01' }],
        },
      ],
    });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('ListAlarms', { instance: { value: 'reporting' }, region: OREGON }),
    );
    expect(spoken(response)).toBe(
      '2 alarms are firing for reporting in Oregon: high cpu and prod-reporting-01-low-storage.',
    );
    expect(cloudWatch.commandCalls(DescribeAlarmsCommand)[0]!.args[0].input).toMatchObject({
      StateValue: 'ALARM',
    });
  });

  it('says when nothing is firing', async () => {
    cloudWatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [] });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('ListAlarms', { instance: { value: 'reporting' }, region: OREGON }),
    );
    expect(spoken(response)).toBe('No alarms are firing for reporting in Oregon.');
  });
});

describe('Handler: ListEvents', () => {
  it('speaks the last day of events newest first and puts all of them on the card', async () => {
    rds.on(DescribeEventsCommand).resolves({
      Events: [
        { Date: new Date(NOW - 3 * 3_600_000), Message: 'DB instance restarted.' },
        { Date: new Date(NOW - 10 * 60_000), Message: 'Backing up DB instance' },
        { Date: new Date(NOW - 20 * 3_600_000), Message: 'Finished applying modification' },
        { Date: new Date(NOW - 22 * 3_600_000), Message: 'Applying modification to database instance class' },
      ],
    });
    const { skill } = createTestSkill();
    const response = await skill.invoke(
      intentRequest('ListEvents', { instance: { value: 'reporting' }, region: OREGON }),
    );
    const speech = spoken(response);
    expect(speech).toMatch(
      /^reporting in Oregon had 4 events in the last 24 hours\. The latest ones, newest first\. 10 minutes ago: Backing up DB instance\. 3 hours ago: DB instance restarted\./,
    );
    expect(speech).toContain('And 1 earlier event on the card.');
    expect((response.response.card as { content: string }).content.split('\n')).toHaveLength(4);
    expect(rds.commandCalls(DescribeEventsCommand)[0]!.args[0].input).toMatchObject({
      SourceIdentifier: 'prod-reporting-01',
      Duration: 1440,
    });
  });
});
