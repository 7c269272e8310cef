import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import type { MetricId } from '../vocabulary.js';

/**
 * The CloudWatch metric that answers a question for this engine. Aurora keeps data in the cluster volume,
 * so "free storage" is the instance's FreeLocalStorage and replica lag is AuroraReplicaLag (milliseconds).
 */
export function cloudWatchMetricFor(metric: MetricId, instance: DbInstanceSummary): string {
  if (!instance.engine.startsWith('aurora')) return metric;
  if (metric === 'FreeStorageSpace') return 'FreeLocalStorage';
  if (metric === 'ReplicaLag') return 'AuroraReplicaLag';
  return metric;
}
