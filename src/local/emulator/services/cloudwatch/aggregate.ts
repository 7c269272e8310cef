import { metricKey } from '../../state/metricKey.js';
import type { MetricSeries } from '../../state/RegionState.js';
import { samplesInRange } from './samplesInRange.js';

export interface Bucket {
  readonly at: Date;
  readonly values: number[];
}

const DAY_MS = 86_400_000;

/**
 * CloudWatch rounds StartTime down to the resolution it still keeps for that age (a minute up to 15 days,
 * 5 minutes up to 63 days, an hour beyond) and counts periods from there.
 */
function periodOrigin(start: number, now: number): number {
  const age = now - start;
  const unit = age <= 15 * DAY_MS ? 60_000 : age <= 63 * DAY_MS ? 300_000 : 3_600_000;
  return Math.floor(start / unit) * unit;
}

/** Groups the series' samples in [start, end) into periods; empty periods are left out, as in CloudWatch. */
export function aggregate(
  series: MetricSeries,
  start: Date,
  end: Date,
  periodSeconds: number,
  now: Date,
): Bucket[] {
  const periodMs = periodSeconds * 1000;
  const key = metricKey(series.namespace, series.metricName, series.dimensions);
  const origin = periodOrigin(start.getTime(), now.getTime());
  const buckets = new Map<number, number[]>();
  for (const sample of samplesInRange(series, key, origin, end.getTime(), now.getTime())) {
    const bucket = origin + Math.floor((sample.at - origin) / periodMs) * periodMs;
    const values = buckets.get(bucket);
    if (values) values.push(sample.value);
    else buckets.set(bucket, [sample.value]);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, values]) => ({ at: new Date(at), values }));
}
