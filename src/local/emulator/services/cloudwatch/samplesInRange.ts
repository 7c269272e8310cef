import type { MetricSeries } from '../../state/RegionState.js';
import { metricValue } from './metricValue.js';

export interface Sample {
  readonly at: number;
  readonly value: number;
}

/**
 * The series' raw samples in [start, end): one per minute from the generator (never in the future) plus
 * the fleet file's exact points.
 */
export function samplesInRange(
  series: MetricSeries,
  key: string,
  start: number,
  end: number,
  now: number,
): Sample[] {
  const samples: Sample[] = [];
  const last = Math.min(end, now + 1);
  if (series.generator) {
    for (let at = Math.ceil(start / 60_000) * 60_000; at < last; at += 60_000) {
      const value = metricValue(series, key, new Date(at));
      if (value !== undefined) samples.push({ at, value });
    }
  }
  for (const point of series.points) {
    const at = point.at.getTime();
    if (at >= start && at < last) samples.push({ at, value: point.value });
  }
  return samples.sort((a, b) => a.at - b.at);
}
