import type { MetricDatapoint } from './MetricDatapoint.js';
import type { MetricReading } from './MetricReading.js';

/**
 * What CloudWatch said: one reading, or average, minimum and maximum over a window; none when there is no data.
 * `datapoints` are the periods the answer was computed from, oldest first (a screen draws them).
 */
export type MetricResult =
  | {
      readonly kind: 'point';
      readonly reading: MetricReading;
      readonly at: Date;
      readonly cloudWatchMetric: string;
      readonly datapoints: readonly MetricDatapoint[];
      readonly periodSeconds: number;
    }
  | {
      readonly kind: 'summary';
      readonly average: MetricReading;
      readonly maximum: MetricReading;
      readonly minimum: MetricReading;
      readonly cloudWatchMetric: string;
      readonly datapoints: readonly MetricDatapoint[];
      readonly periodSeconds: number;
    }
  | { readonly kind: 'none'; readonly cloudWatchMetric: string };
