import type { ClusterRecord, RegionState } from '../../state/RegionState.js';
import { rdsErrors } from './rdsErrors.js';

export function findCluster(regionState: RegionState, idOrArn: string): ClusterRecord {
  const id = idOrArn.startsWith('arn:') ? (idOrArn.split(':').pop() ?? '') : idOrArn;
  const cluster = regionState.clusters.get(id.toLowerCase());
  if (!cluster) throw rdsErrors.clusterNotFound(id);
  return cluster;
}
