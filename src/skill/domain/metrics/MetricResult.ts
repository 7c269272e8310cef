import type { MetricReading } from './MetricReading.js';

/** What CloudWatch said: one reading, or average and maximum over a window; none when there is no data. */
export type MetricResult =
  | {
      readonly kind: 'point';
      readonly reading: MetricReading;
      readonly at: Date;
      readonly cloudWatchMetric: string;
    }
  | {
      readonly kind: 'summary';
      readonly average: MetricReading;
      readonly maximum: MetricReading;
      readonly cloudWatchMetric: string;
    }
  | { readonly kind: 'none'; readonly cloudWatchMetric: string };
