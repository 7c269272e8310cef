import type { OperationContext } from '../../core/OperationContext.js';
import { paginate } from '../../core/paginate.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import type { ClusterRecord } from '../../state/RegionState.js';
import { findCluster } from './findCluster.js';
import { rdsErrors } from './rdsErrors.js';
import { readMaxRecords } from './readMaxRecords.js';
import { toDBCluster } from './toDBCluster.js';

const lastPart = (value: string): string =>
  value.startsWith('arn:') ? (value.split(':').pop() ?? '') : value;

const FILTERS = {
  'db-cluster-id': (c: ClusterRecord, values: string[]) =>
    values.some((v) => lastPart(v).toLowerCase() === c.identifier),
  engine: (c: ClusterRecord, values: string[]) => values.includes(c.engine),
  'db-cluster-resource-id': (c: ClusterRecord, values: string[]) => values.includes(c.resourceId),
} as const;

export function DescribeDBClusters(ctx: OperationContext, input: WireInput): WireValue {
  const identifier = read.str(input, 'DBClusterIdentifier');
  const pageSize = readMaxRecords(input);
  let clusters = identifier
    ? [findCluster(ctx.regionState, identifier)]
    : [...ctx.regionState.clusters.values()].sort((a, b) => a.identifier.localeCompare(b.identifier));
  for (const filter of read.objList(input, 'Filters')) {
    const name = read.requiredStr(filter, 'Name');
    if (!Object.hasOwn(FILTERS, name))
      throw rdsErrors.invalidParameterValue(`Unrecognized filter name: ${name}`);
    const values = read.strList(filter, 'Values');
    const matches = FILTERS[name as keyof typeof FILTERS];
    clusters = clusters.filter((cluster) => matches(cluster, values));
  }
  const page = paginate(clusters, read.str(input, 'Marker'), pageSize, rdsErrors.invalidMarker);
  return {
    Marker: page.next,
    DBClusters: page.items.map((c) => toDBCluster(c, ctx.regionState, ctx.now)),
  };
}
