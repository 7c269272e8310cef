import type { Datapoint } from '@aws-sdk/client-cloudwatch';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { loadCloudWatch } from '../../../aws/sdk.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import { cloudWatchMetricFor } from './cloudWatchMetricFor.js';
import type { MetricQuery } from './MetricQuery.js';
import type { MetricResult } from './MetricResult.js';

const MINUTE = 60_000;
/** How far back to look for "the value now": enhanced and basic monitoring both publish within this. */
const POINT_LOOKBACK_MS = 10 * MINUTE;

/** Reads RDS metrics from CloudWatch with one GetMetricStatistics call per question. */
export class MetricService {
  constructor(
    private readonly clients: AwsClients,
    private readonly now: () => number = Date.now,
  ) {}

  async read(instance: DbInstanceSummary, query: MetricQuery, deadline: Deadline): Promise<MetricResult> {
    const cloudWatchMetric = cloudWatchMetricFor(query.metric, instance);
    const end = query.when.kind === 'ago' ? this.now() - query.when.ms : this.now();
    const span =
      query.when.kind === 'window'
        ? query.when.window === 'lastHour'
          ? 60 * MINUTE
          : 24 * 60 * MINUTE
        : query.withLastHour
          ? 60 * MINUTE
          : POINT_LOOKBACK_MS;
    // Whole windows use coarse periods so the answer is one small response, well under 1,440 datapoints.
    // A point read with its hour of context keeps one-minute periods: 60 datapoints.
    const period = query.when.kind === 'window' ? (query.when.window === 'lastHour' ? 300 : 3600) : 60;
    const [client, { GetMetricStatisticsCommand }] = await Promise.all([
      this.clients.cloudWatch(instance.region),
      loadCloudWatch(),
    ]);
    const response = await callAws('GetMetricStatistics', () =>
      client.send(
        new GetMetricStatisticsCommand({
          Namespace: 'AWS/RDS',
          MetricName: cloudWatchMetric,
          Dimensions: [{ Name: 'DBInstanceIdentifier', Value: instance.identifier }],
          StartTime: new Date(end - span),
          EndTime: new Date(end),
          Period: period,
          Statistics: ['Average', 'Maximum', 'Minimum'],
        }),
        { abortSignal: deadline.signal() },
      ),
    );
    const points = (response.Datapoints ?? [])
      .filter((p): p is Datapoint & { Timestamp: Date } => p.Timestamp !== undefined)
      .sort((a, b) => a.Timestamp.getTime() - b.Timestamp.getTime());
    if (points.length === 0) return { kind: 'none', cloudWatchMetric };
    const unit = points[0]!.Unit ?? 'None';
    const datapoints = points.map((p) => ({
      at: p.Timestamp,
      average: p.Average ?? 0,
      maximum: p.Maximum ?? p.Average ?? 0,
    }));
    if (query.when.kind === 'window') {
      const averages = points.map((p) => p.Average ?? 0);
      return {
        kind: 'summary',
        cloudWatchMetric,
        datapoints,
        periodSeconds: period,
        average: { value: averages.reduce((a, b) => a + b, 0) / averages.length, unit },
        maximum: { value: Math.max(...points.map((p) => p.Maximum ?? p.Average ?? 0)), unit },
        minimum: { value: Math.min(...points.map((p) => p.Minimum ?? p.Average ?? 0)), unit },
      };
    }
    const latest = points[points.length - 1]!;
    // With the hour of context fetched, a latest point older than the usual look-back is still "no data".
    if (latest.Timestamp.getTime() < end - POINT_LOOKBACK_MS) return { kind: 'none', cloudWatchMetric };
    return {
      kind: 'point',
      cloudWatchMetric,
      datapoints,
      periodSeconds: period,
      at: latest.Timestamp,
      reading: { value: latest.Average ?? 0, unit },
    };
  }
}
