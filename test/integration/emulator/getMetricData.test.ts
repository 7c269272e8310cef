import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandOutput,
  InvalidParameterValueException,
  type MetricDataQuery,
  paginateGetMetricData,
} from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../../src/local/emulator/createEmulator.js';
import { clientConfig } from './support/clientConfig.js';
import { syntheticInstances } from './support/syntheticInstances.js';

const MINUTE = 60_000;

function cpuQuery(index: number, period = 60): MetricDataQuery {
  return {
    Id: `q${index}`,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/RDS',
        MetricName: 'CPUUtilization',
        Dimensions: [{ Name: 'DBInstanceIdentifier', Value: `db-${String(index + 1).padStart(3, '0')}` }],
      },
      Period: period,
      Stat: 'Average',
    },
  };
}

describe('Emulator: CloudWatch GetMetricData with the real @aws-sdk/client-cloudwatch', () => {
  let emulator: Emulator;
  let cloudwatch: CloudWatchClient;
  const end = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
  const start = new Date(end.getTime() - 15 * MINUTE);

  beforeAll(async () => {
    emulator = await createEmulator({
      fleet: { regions: { 'us-west-2': { instances: syntheticInstances(600) } } },
    });
    cloudwatch = new CloudWatchClient(clientConfig(emulator));
  });
  afterAll(async () => {
    cloudwatch.destroy();
    await emulator.close();
  });

  it('answers 500 queries in one call, each from the series GetMetricStatistics reads', async () => {
    // Act
    const queries = Array.from({ length: 500 }, (_, i) => cpuQuery(i, 900));
    const response = await cloudwatch.send(
      new GetMetricDataCommand({ StartTime: start, EndTime: end, MetricDataQueries: queries }),
    );

    // Assess
    const results = response.MetricDataResults ?? [];
    expect(results).toHaveLength(500);
    expect(response.NextToken).toBeUndefined();
    for (const result of results) {
      expect(result.StatusCode).toBe('Complete');
      expect(result.Values).toHaveLength(1);
      expect(result.Values?.[0]).toBeGreaterThan(0);
      expect(result.Values?.[0]).toBeLessThanOrEqual(100);
    }
    expect(results[0]?.Id).toBe('q0');
    expect(results[0]?.Timestamps?.[0]?.getTime()).toBe(start.getTime());
  });

  it('refuses a 501st query, as CloudWatch does', async () => {
    // Act
    const queries = Array.from({ length: 501 }, (_, i) => cpuQuery(i));
    const refused = cloudwatch.send(
      new GetMetricDataCommand({ StartTime: start, EndTime: end, MetricDataQueries: queries }),
    );

    // Assess
    await expect(refused).rejects.toBeInstanceOf(InvalidParameterValueException);
  });

  it('pages datapoints by MaxDatapoints with NextToken, PartialData until a query is complete', async () => {
    // Prepare: 3 queries of 15 one-minute datapoints, 20 datapoints a page
    const input = {
      StartTime: start,
      EndTime: end,
      MaxDatapoints: 20,
      ScanBy: 'TimestampAscending' as const,
      MetricDataQueries: [cpuQuery(0), cpuQuery(1), cpuQuery(2)],
    };

    // Act
    const pages: GetMetricDataCommandOutput[] = [];
    // The paginator writes each NextToken into the input it is given: hand it a copy.
    for await (const page of paginateGetMetricData({ client: cloudwatch }, { ...input })) pages.push(page);
    const whole = await cloudwatch.send(new GetMetricDataCommand({ ...input, MaxDatapoints: 1000 }));

    // Assess
    expect(pages).toHaveLength(3);
    expect(pages[0]?.MetricDataResults?.map((r) => [r.Id, r.Values?.length, r.StatusCode])).toEqual([
      ['q0', 15, 'Complete'],
      ['q1', 5, 'PartialData'],
      ['q2', 0, 'PartialData'],
    ]);
    expect(pages[2]?.NextToken).toBeUndefined();
    const joined = (id: string) =>
      pages.flatMap((p) => p.MetricDataResults?.find((r) => r.Id === id)?.Values ?? []);
    for (const result of whole.MetricDataResults ?? []) expect(joined(result.Id!)).toEqual(result.Values);
  });

  it('returns an empty, complete result for a metric nobody publishes, and refuses a bad token', async () => {
    // Act
    const response = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: start,
        EndTime: end,
        MetricDataQueries: [
          {
            Id: 'missing',
            MetricStat: { ...cpuQuery(0).MetricStat!, Metric: { Namespace: 'AWS/RDS', MetricName: 'Nope' } },
          },
        ],
      }),
    );
    const badToken = cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: start,
        EndTime: end,
        NextToken: 'nope',
        MetricDataQueries: [cpuQuery(0)],
      }),
    );

    // Assess
    expect(response.MetricDataResults).toEqual([
      expect.objectContaining({ Id: 'missing', Values: [], StatusCode: 'Complete' }),
    ]);
    await expect(badToken).rejects.toMatchObject({ name: 'InvalidNextToken' });
  });
});
