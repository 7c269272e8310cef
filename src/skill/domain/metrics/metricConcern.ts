import type { MetricId } from '../vocabulary.js';

/**
 * Which end of a window matters for a metric: running out of memory or storage shows at the low point, so
 * those are summarised by their minimum; everything else (CPU, connections, latency, ...) by its peak.
 */
export type MetricConcern = 'low' | 'high';

const LOW_IS_BAD: ReadonlySet<MetricId> = new Set(['FreeableMemory', 'FreeStorageSpace']);

export function metricConcern(metric: MetricId): MetricConcern {
  return LOW_IS_BAD.has(metric) ? 'low' : 'high';
}
