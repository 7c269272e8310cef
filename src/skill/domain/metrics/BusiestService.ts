import type { MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { AwsCallFailed } from '../../../aws/AwsCallFailed.js';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { loadCloudWatch } from '../../../aws/sdk.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import { answeredSummary, type FleetFilter, type FleetService } from '../fleet/FleetService.js';
import { readPages } from '../readPages.js';
import { resultOrFailure } from '../resultOrFailure.js';
import type { MetricId } from '../vocabulary.js';
import type { BusiestReport, RankedInstance } from './BusiestReport.js';
import { cloudWatchMetricFor } from './cloudWatchMetricFor.js';
import { type MetricConcern, metricConcern } from './metricConcern.js';
import { rdsMetricUnit } from './rdsMetricUnit.js';

const MINUTE = 60_000;
const WINDOW_MINUTES = 15;
/** GetMetricData takes at most 500 queries per call. */
export const QUERIES_PER_CALL = 500;

const GIB = 1024 ** 3;

/** Readings of different units are ranked on one scale (AuroraReplicaLag is in ms, ReplicaLag in s). */
function comparable(ranked: RankedInstance): number {
  return ranked.reading.unit === 'Milliseconds' ? ranked.reading.value / 1000 : ranked.reading.value;
}

/**
 * Free storage as a share of the allocation: 11.8 GB free is nearly full on a 200 GB volume and roomy on a
 * 20 GB one, so the gigabytes alone would not put the volume about to fill first. Undefined without an
 * allocation (Aurora: FreeLocalStorage is the instance's temporary space, the cluster volume grows itself).
 */
function percentFreeOf(instance: DbInstanceSummary, cloudWatchMetric: string, bytesFree: number) {
  const allocatedGb = instance.allocatedStorageGb;
  if (cloudWatchMetric !== 'FreeStorageSpace' || allocatedGb === undefined || allocatedGb <= 0) {
    return undefined;
  }
  return (bytesFree / (allocatedGb * GIB)) * 100;
}

/**
 * The order of the ranking. Free storage: instances with a known allocation by the share free, the others
 * (Aurora) after them by the gigabytes free, since the two scales cannot be compared. Any other metric: its
 * value, lowest first when its low point is the concern.
 */
function byConcern(concern: MetricConcern) {
  const sign = concern === 'low' ? 1 : -1;
  return (a: RankedInstance, b: RankedInstance) => {
    const tierA = a.percentFree === undefined ? 1 : 0;
    const tierB = b.percentFree === undefined ? 1 : 0;
    return (
      tierA - tierB ||
      sign * ((a.percentFree ?? comparable(a)) - (b.percentFree ?? comparable(b))) ||
      a.instance.name.localeCompare(b.instance.name) ||
      a.instance.region.localeCompare(b.instance.region)
    );
  };
}

/**
 * Ranks instances by a metric averaged over the last 15 minutes (free storage by the share of the
 * allocation). Per Region, in parallel: the shared inventory (one DescribeDBInstances per page), then one
 * GetMetricData per 500 instances (one query each, one 15-minute period), each followed through its
 * NextToken pages. A Region whose metrics cannot be read is named in `unread`, never ranked as quiet.
 */
export class BusiestService {
  constructor(
    private readonly clients: AwsClients,
    private readonly fleet: FleetService,
    private readonly now: () => number = Date.now,
  ) {}

  async busiest(
    regions: readonly string[],
    metric: MetricId,
    deadline: Deadline,
    filter: FleetFilter = {},
  ): Promise<BusiestReport> {
    const fleet = await this.fleet.instancesByRegion(regions, deadline, filter);
    const reads = await Promise.all(
      fleet.answered.map(({ region, instances }) =>
        resultOrFailure(this.regionAverages(region, instances, metric, deadline), deadline, 'GetMetricData'),
      ),
    );
    const concern = metricConcern(metric);
    const ranked: RankedInstance[] = [];
    const unread: { region: string; reason: AwsCallFailed['reason'] }[] = [];
    let noData = 0;
    reads.forEach((read, i) => {
      const { region, instances } = fleet.answered[i]!;
      if (read instanceof AwsCallFailed) {
        unread.push({ region, reason: read.reason });
        return;
      }
      ranked.push(...read);
      noData += instances.length - read.length;
    });
    ranked.sort(byConcern(concern));
    return {
      metric,
      concern,
      windowMinutes: WINDOW_MINUTES,
      ...answeredSummary(fleet),
      ranked,
      noData,
      missing: fleet.missing,
      unread,
    };
  }

  /** The window's average per instance of one Region that has data: 500 queries per call, calls in parallel. */
  private async regionAverages(
    region: string,
    instances: readonly DbInstanceSummary[],
    metric: MetricId,
    deadline: Deadline,
  ): Promise<RankedInstance[]> {
    if (instances.length === 0) return [];
    // Whole minutes: the window is the same 15 one-minute samples CloudWatch has, in one period.
    const end = Math.floor(this.now() / MINUTE) * MINUTE;
    const start = end - WINDOW_MINUTES * MINUTE;
    const queries: MetricDataQuery[] = instances.map((instance, i) => ({
      Id: `m${i}`,
      MetricStat: {
        Metric: {
          Namespace: 'AWS/RDS',
          MetricName: cloudWatchMetricFor(metric, instance),
          Dimensions: [{ Name: 'DBInstanceIdentifier', Value: instance.identifier }],
        },
        Period: WINDOW_MINUTES * 60,
        Stat: 'Average',
      },
      ReturnData: true,
    }));
    const calls: MetricDataQuery[][] = [];
    for (let i = 0; i < queries.length; i += QUERIES_PER_CALL)
      calls.push(queries.slice(i, i + QUERIES_PER_CALL));
    const [client, { paginateGetMetricData }] = await Promise.all([
      this.clients.cloudWatch(region),
      loadCloudWatch(),
    ]);
    const values = new Map<string, number[]>();
    await Promise.all(
      calls.map((chunk) =>
        callAws('GetMetricData', async () => {
          const { items, cut } = await readPages(
            paginateGetMetricData(
              { client },
              { StartTime: new Date(start), EndTime: new Date(end), MetricDataQueries: chunk },
            ),
            deadline,
            (page) => page.MetricDataResults,
            (page) => page.NextToken !== undefined,
          );
          // Half a ranking would crown the wrong instance: the Region is unread instead.
          if (cut) throw new AwsCallFailed('timedOut', 'GetMetricData');
          for (const result of items) {
            if (!result.Id) continue;
            values.set(result.Id, [...(values.get(result.Id) ?? []), ...(result.Values ?? [])]);
          }
        }),
      ),
    );
    const ranked: RankedInstance[] = [];
    instances.forEach((instance, i) => {
      const points = values.get(`m${i}`) ?? [];
      if (points.length === 0) return;
      const cloudWatchMetric = cloudWatchMetricFor(metric, instance);
      const value = points.reduce((sum, point) => sum + point, 0) / points.length;
      const percentFree = percentFreeOf(instance, cloudWatchMetric, value);
      ranked.push({
        instance,
        cloudWatchMetric,
        reading: { value, unit: rdsMetricUnit(cloudWatchMetric) },
        ...(percentFree === undefined ? {} : { percentFree }),
      });
    });
    return ranked;
  }
}
