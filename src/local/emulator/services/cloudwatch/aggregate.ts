import { metricKey } from '../../state/metricKey.js';
import type { MetricSeries } from '../../state/RegionState.js';
import { samplesInRange } from './samplesInRange.js';

export interface Bucket {
  readonly at: Date;
  readonly values: number[];
}

/**
 * Groups the series' samples in [start, end) into periods aligned to multiples of the period (as
 * CloudWatch aligns them); empty periods are left out, as CloudWatch leaves them out.
 */
export function aggregate(
  series: MetricSeries,
  start: Date,
  end: Date,
  periodSeconds: number,
  now: Date,
): Bucket[] {
  const periodMs = periodSeconds * 1000;
  const key = metricKey(series.namespace, series.metricName, series.dimensions);
  const buckets = new Map<number, number[]>();
  for (const sample of samplesInRange(series, key, start.getTime(), end.getTime(), now.getTime())) {
    const bucket = Math.floor(sample.at / periodMs) * periodMs;
    const values = buckets.get(bucket);
    if (values) values.push(sample.value);
    else buckets.set(bucket, [sample.value]);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, values]) => ({ at: new Date(at), values }));
}
