import type { OperationContext } from '../../core/OperationContext.js';
import { paginate } from '../../core/paginate.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import type { ClusterRecord } from '../../state/RegionState.js';
import { applyFilters, identifierOf, type RdsFilter } from './applyFilters.js';
import { findCluster } from './findCluster.js';
import { rdsErrors } from './rdsErrors.js';
import { readMaxRecords } from './readMaxRecords.js';
import { toDBCluster } from './toDBCluster.js';

const FILTERS = {
  'db-cluster-id': (c: ClusterRecord, values: string[]) =>
    values.some((v) => identifierOf(v).toLowerCase() === c.identifier),
  engine: (c: ClusterRecord, values: string[]) => values.includes(c.engine),
  'db-cluster-resource-id': (c: ClusterRecord, values: string[]) => values.includes(c.resourceId),
} satisfies Record<string, RdsFilter<ClusterRecord>>;

export function DescribeDBClusters(ctx: OperationContext, input: WireInput): WireValue {
  const identifier = read.str(input, 'DBClusterIdentifier');
  const pageSize = readMaxRecords(input);
  const all = identifier
    ? [findCluster(ctx.regionState, identifier)]
    : [...ctx.regionState.clusters.values()].sort((a, b) => a.identifier.localeCompare(b.identifier));
  const clusters = applyFilters(all, input, FILTERS);
  const page = paginate(clusters, read.str(input, 'Marker'), pageSize, rdsErrors.invalidMarker);
  return {
    Marker: page.next,
    DBClusters: page.items.map((c) => toDBCluster(c, ctx.regionState, ctx.now)),
  };
}
