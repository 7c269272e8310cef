import type { OperationContext } from '../../core/OperationContext.js';
import { paginate } from '../../core/paginate.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import type { InstanceRecord } from '../../state/RegionState.js';
import { applyFilters, identifierOf, type RdsFilter } from './applyFilters.js';
import { findInstance } from './findInstance.js';
import { rdsErrors } from './rdsErrors.js';
import { readMaxRecords } from './readMaxRecords.js';
import { toDBInstance } from './toDBInstance.js';

/** The filters DescribeDBInstances supports (RDS has no tag filters here: TagList is in every instance). */
const FILTERS = {
  'db-instance-id': (i: InstanceRecord, values: string[]) =>
    values.some((v) => identifierOf(v).toLowerCase() === i.identifier),
  'db-cluster-id': (i: InstanceRecord, values: string[]) =>
    values.some((v) => identifierOf(v).toLowerCase() === i.clusterId),
  engine: (i: InstanceRecord, values: string[]) => values.includes(i.engine),
  'dbi-resource-id': (i: InstanceRecord, values: string[]) => values.includes(i.resourceId),
  domain: () => false,
} satisfies Record<string, RdsFilter<InstanceRecord>>;

export function DescribeDBInstances(ctx: OperationContext, input: WireInput): WireValue {
  const identifier = read.str(input, 'DBInstanceIdentifier');
  const pageSize = readMaxRecords(input);
  const all = identifier
    ? [findInstance(ctx.regionState, identifier)]
    : [...ctx.regionState.instances.values()].sort((a, b) => a.identifier.localeCompare(b.identifier));
  const instances = applyFilters(all, input, FILTERS);
  const page = paginate(instances, read.str(input, 'Marker'), pageSize, rdsErrors.invalidMarker);
  return {
    Marker: page.next,
    DBInstances: page.items.map((i) => toDBInstance(i, ctx.region, ctx.state.accountId, ctx.now)),
  };
}
