import type { AwsFailureReason } from '../../../aws/AwsCallFailed.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import type { MissingRegion } from '../MissingRegion.js';
import type { MetricId } from '../vocabulary.js';
import type { MetricReading } from './MetricReading.js';
import type { MetricConcern } from './metricConcern.js';

/** One instance's average of the metric over the window. */
export interface RankedInstance {
  readonly instance: DbInstanceSummary;
  /** The CloudWatch metric read for it (Aurora reads FreeLocalStorage for free storage). */
  readonly cloudWatchMetric: string;
  readonly reading: MetricReading;
  /**
   * Free storage only: the share of the instance's allocated storage that is free, in percent, when RDS
   * reports the allocation (never Aurora, whose data is in the cluster volume: its reading is local storage).
   */
  readonly percentFree?: number;
}

/**
 * "What's the busiest instance?": every instance asked about with data, ranked busiest first (for a metric
 * whose low point matters, such as free memory, the lowest first). `missing`: Regions whose inventory did not
 * answer; `unread`: Regions whose metrics could not be read. Either makes the ranking partial.
 */
export interface BusiestReport {
  readonly metric: MetricId;
  readonly concern: MetricConcern;
  readonly windowMinutes: number;
  readonly regions: readonly string[];
  /** Instances looked at (after the filters). */
  readonly instanceCount: number;
  readonly ranked: readonly RankedInstance[];
  /** Instances CloudWatch had no datapoint for in the window. */
  readonly noData: number;
  readonly missing: readonly MissingRegion[];
  readonly unread: readonly { readonly region: string; readonly reason: AwsFailureReason }[];
}
