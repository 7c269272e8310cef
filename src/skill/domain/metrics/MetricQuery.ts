import type { MetricId } from '../vocabulary.js';

/** When to read a metric: the latest value, a value some time ago, or a summary over a window. */
export type MetricWhen =
  | { readonly kind: 'now' }
  | { readonly kind: 'ago'; readonly ms: number }
  | { readonly kind: 'window'; readonly window: 'lastHour' | 'lastDay' };

export interface MetricQuery {
  readonly metric: MetricId;
  readonly when: MetricWhen;
  /**
   * A value "now" or "ago" read with the hour before it (one call still, one-minute periods), so a screen can
   * show it in context; the answer is still the latest point within the usual look-back.
   */
  readonly withLastHour?: boolean;
}
