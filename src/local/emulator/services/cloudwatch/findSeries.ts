import { metricKey } from '../../state/metricKey.js';
import type { MetricSeries, RegionState } from '../../state/RegionState.js';

/**
 * The fleet file's own series first; otherwise the generated AWS/RDS series of the one instance or cluster
 * the dimensions name. CloudWatch matches the exact dimension set, so extra dimensions find nothing.
 */
export function findSeries(
  regionState: RegionState,
  namespace: string,
  metricName: string,
  dimensions: Readonly<Record<string, string>>,
): MetricSeries | undefined {
  const explicit = regionState.metrics.get(metricKey(namespace, metricName, dimensions));
  if (explicit || namespace !== 'AWS/RDS') return explicit;
  const names = Object.keys(dimensions);
  if (names.length !== 1) return undefined;
  const value = dimensions[names[0]!] ?? '';
  if (names[0] === 'DBInstanceIdentifier')
    return regionState.instances.get(value)?.metrics.get().get(metricName);
  if (names[0] === 'DBClusterIdentifier')
    return regionState.clusters.get(value)?.metrics.get().get(metricName);
  return undefined;
}
