import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricStatisticsCommand,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  paginateDescribeAlarms,
} from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createControlClient } from '../../../src/local/emulator/controlClient.js';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { clientConfig } from './support/clientConfig.js';

const HOUR = 3_600_000;
const reporting = [{ Name: 'DBInstanceIdentifier', Value: 'prod-reporting-01' }];

describe('Emulator: CloudWatch (JSON 1.0, query-compatible) with the real @aws-sdk/client-cloudwatch', () => {
  let emulator: Emulator;
  let cloudwatch: CloudWatchClient;

  beforeAll(async () => {
    emulator = await createEmulator();
    cloudwatch = new CloudWatchClient(clientConfig(emulator));
  });
  afterAll(async () => {
    cloudwatch.destroy();
    await emulator.close();
  });

  it('returns generated datapoints for any window, at the level the fleet file pins', async () => {
    // Prepare
    const end = new Date();
    const start = new Date(end.getTime() - HOUR);

    // Act
    const cpu = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'AWS/RDS',
        MetricName: 'CPUUtilization',
        Dimensions: reporting,
        StartTime: start,
        EndTime: end,
        Period: 300,
        Statistics: ['Average', 'Maximum', 'SampleCount'],
      }),
    );
    const latency = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        Namespace: 'AWS/RDS',
        MetricName: 'ReadLatency',
        Dimensions: reporting,
        StartTime: new Date(Math.floor(end.getTime() / HOUR) * HOUR - 30 * 24 * HOUR),
        EndTime: new Date(Math.floor(end.getTime() / HOUR) * HOUR - 29 * 24 * HOUR),
        Period: 3600,
        Statistics: ['Average'],
      }),
    );

    // Assess
    const points = cpu.Datapoints ?? [];
    expect(points.length).toBeGreaterThanOrEqual(12);
    expect(points.length).toBeLessThanOrEqual(13);
    for (const point of points) {
      expect(point.Timestamp).toBeInstanceOf(Date);
      expect(point.Unit).toBe('Percent');
      expect(point.Average).toBeGreaterThan(80);
      expect(point.Average).toBeLessThan(95);
      expect(point.Maximum).toBeGreaterThanOrEqual(point.Average ?? 0);
    }
    expect(latency.Datapoints).toHaveLength(24);
    expect(latency.Datapoints?.[0]?.Unit).toBe('Seconds');
    expect(latency.Datapoints?.[0]?.Average).toBeLessThan(0.01);
  });

  it('is deterministic: the same window gives the same numbers', async () => {
    // Prepare
    const end = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 10 * 60_000);
    const input = {
      Namespace: 'AWS/RDS',
      MetricName: 'FreeableMemory',
      Dimensions: [{ Name: 'DBInstanceIdentifier', Value: 'prod-hr-01' }],
      StartTime: new Date(end.getTime() - HOUR),
      EndTime: end,
      Period: 60,
      Statistics: ['Average' as const],
    };

    // Act
    const first = await cloudwatch.send(new GetMetricStatisticsCommand(input));
    const second = await cloudwatch.send(new GetMetricStatisticsCommand(input));

    // Assess
    expect(first.Datapoints).toHaveLength(60);
    expect(second.Datapoints).toEqual(first.Datapoints);
  });

  it('returns nothing for an unknown metric or a unit that does not match, as CloudWatch does', async () => {
    // Prepare
    const window = { StartTime: new Date(Date.now() - HOUR), EndTime: new Date(), Period: 300 };

    // Act
    const unknown = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        ...window,
        Namespace: 'AWS/RDS',
        MetricName: 'Nope',
        Dimensions: reporting,
        Statistics: ['Average'],
      }),
    );
    const wrongUnit = await cloudwatch.send(
      new GetMetricStatisticsCommand({
        ...window,
        Namespace: 'AWS/RDS',
        MetricName: 'ReadLatency',
        Dimensions: reporting,
        Statistics: ['Average'],
        Unit: 'Milliseconds',
      }),
    );

    // Assess
    expect(unknown.Datapoints).toEqual([]);
    expect(wrongUnit.Datapoints).toEqual([]);
  });

  it('raises the SDK typed exceptions for too many datapoints and a bad period', async () => {
    // Act
    const tooMany = await cloudwatch
      .send(
        new GetMetricStatisticsCommand({
          Namespace: 'AWS/RDS',
          MetricName: 'CPUUtilization',
          Dimensions: reporting,
          StartTime: new Date(Date.now() - 3 * 24 * HOUR),
          EndTime: new Date(),
          Period: 60,
          Statistics: ['Average'],
        }),
      )
      .catch((e) => e);
    const badPeriod = await cloudwatch
      .send(
        new GetMetricStatisticsCommand({
          Namespace: 'AWS/RDS',
          MetricName: 'CPUUtilization',
          StartTime: new Date(Date.now() - HOUR),
          EndTime: new Date(),
          Period: 61,
          Statistics: ['Average'],
        }),
      )
      .catch((e) => e);

    // Assess
    expect(tooMany).toBeInstanceOf(InvalidParameterCombinationException);
    expect(tooMany.message).toContain('exceeds the limit of 1440');
    expect(badPeriod).toBeInstanceOf(InvalidParameterValueException);
  });

  it('describes alarms by state and prefix, and paginates them', async () => {
    // Act
    const firing = await cloudwatch.send(new DescribeAlarmsCommand({ StateValue: 'ALARM' }));
    const prefixed = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'prod-hr-01' }));
    const pages: number[] = [];
    for await (const page of paginateDescribeAlarms({ client: cloudwatch, pageSize: 2 }, {})) {
      pages.push(page.MetricAlarms?.length ?? 0);
    }
    const bad = await cloudwatch
      .send(new DescribeAlarmsCommand({ StateValue: 'BROKEN' as 'OK' }))
      .catch((e) => e);

    // Assess
    expect(firing.MetricAlarms?.map((a) => a.AlarmName)).toEqual([
      'prod-payroll-01-low-storage',
      'prod-reporting-01-connections',
      'prod-reporting-01-high-cpu',
    ]);
    const cpu = firing.MetricAlarms?.find((a) => a.AlarmName === 'prod-reporting-01-high-cpu');
    expect(cpu).toMatchObject({
      MetricName: 'CPUUtilization',
      Threshold: 80,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    expect(cpu?.Dimensions).toEqual(reporting);
    expect(cpu?.StateUpdatedTimestamp).toBeInstanceOf(Date);
    expect(prefixed.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['prod-hr-01-low-storage']);
    expect(pages).toEqual([2, 2, 2]);
    expect(bad).toBeInstanceOf(InvalidParameterValueException);
  });

  it('serves exact datapoints from the fleet file', async () => {
    // Prepare
    const custom = await createEmulator({
      fleet: {
        regions: {
          'us-east-1': {
            metrics: [
              {
                namespace: 'DbVoice',
                name: 'ChecksRun',
                dimensions: { Bastion: 'b1' },
                unit: 'Count',
                points: [
                  { minutesAgo: 10, value: 3 },
                  { minutesAgo: 9, value: 5 },
                ],
              },
            ],
          },
        },
      },
    });
    const client = new CloudWatchClient(clientConfig(custom, 'us-east-1'));
    try {
      // Act
      const result = await client.send(
        new GetMetricStatisticsCommand({
          Namespace: 'DbVoice',
          MetricName: 'ChecksRun',
          Dimensions: [{ Name: 'Bastion', Value: 'b1' }],
          StartTime: new Date(Date.now() - HOUR),
          EndTime: new Date(),
          Period: 3600,
          Statistics: ['Sum'],
        }),
      );

      // Assess
      expect(result.Datapoints?.reduce((sum, p) => sum + (p.Sum ?? 0), 0)).toBe(8);
    } finally {
      client.destroy();
      await custom.close();
    }
  });

  it('also speaks the query protocol older clients use', async () => {
    // Act
    const response = await fetch(emulator.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKID/20250101/us-west-2/monitoring/aws4_request, SignedHeaders=host, Signature=0',
      },
      body: 'Action=DescribeAlarms&Version=2010-08-01&StateValue=ALARM&MaxRecords=1',
    });
    const xml = await response.text();

    // Assess
    expect(response.status).toBe(200);
    expect(xml).toContain('<DescribeAlarmsResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/">');
    expect(xml).toContain('<MetricAlarms><member><AlarmName>prod-payroll-01-low-storage</AlarmName>');
    expect(xml).toContain('<NextToken>');
    expect(await createControlClient(emulator.url).count('cloudwatch', 'DescribeAlarms')).toBeGreaterThan(0);
  });
});
