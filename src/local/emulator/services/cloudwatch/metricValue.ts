import { hashString } from '../../core/hashString.js';
import type { MetricSeries } from '../../state/RegionState.js';

const DAY_MS = 86_400_000;

/**
 * The generated value at a minute: baseline + daily sine + noise, clamped. Noise is hashed from the series
 * and the minute, so the same window always returns the same numbers.
 */
export function metricValue(series: MetricSeries, key: string, at: Date): number | undefined {
  const generator = series.generator;
  if (!generator) return undefined;
  const minute = Math.floor(at.getTime() / 60_000);
  const noise = (hashString(`${key}@${minute}`) / 0xffffffff) * 2 - 1;
  const daily = Math.sin((2 * Math.PI * (at.getTime() % DAY_MS)) / DAY_MS);
  const value = generator.baseline + generator.amplitude * daily + generator.noise * noise;
  return Math.min(generator.max, Math.max(generator.min, value));
}
