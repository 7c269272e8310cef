import type { OperationContext } from '../../core/OperationContext.js';
import { paginate } from '../../core/paginate.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import type { PendingMaintenanceRecord } from '../../state/RegionState.js';
import { applyFilters, identifierOf, type RdsFilter } from './applyFilters.js';
import { rdsErrors } from './rdsErrors.js';
import { readMaxRecords } from './readMaxRecords.js';

/** A resource ARN's last part: the instance or cluster identifier. */
const resourceId = (arn: string): string => arn.slice(arn.lastIndexOf(':') + 1);

const FILTERS = {
  'db-instance-id': (p: PendingMaintenanceRecord, values: string[]) =>
    p.resourceArn.includes(':db:') &&
    values.some((v) => identifierOf(v).toLowerCase() === resourceId(p.resourceArn)),
  'db-cluster-id': (p: PendingMaintenanceRecord, values: string[]) =>
    p.resourceArn.includes(':cluster:') &&
    values.some((v) => identifierOf(v).toLowerCase() === resourceId(p.resourceArn)),
} satisfies Record<string, RdsFilter<PendingMaintenanceRecord>>;

/**
 * The fleet's pending maintenance, one entry per resource with its actions, in ARN order. MaxRecords/Marker
 * page over resources, as RDS does.
 */
export function DescribePendingMaintenanceActions(ctx: OperationContext, input: WireInput): WireValue {
  const pageSize = readMaxRecords(input);
  const wantedArn = read.str(input, 'ResourceIdentifier');
  const actions = applyFilters(
    ctx.regionState.pendingMaintenance.filter((p) => wantedArn === undefined || p.resourceArn === wantedArn),
    input,
    FILTERS,
  );
  const byResource = new Map<string, PendingMaintenanceRecord[]>();
  for (const action of actions) {
    byResource.set(action.resourceArn, [...(byResource.get(action.resourceArn) ?? []), action]);
  }
  const resources = [...byResource.entries()].sort(([a], [b]) => a.localeCompare(b));
  const page = paginate(resources, read.str(input, 'Marker'), pageSize, rdsErrors.invalidMarker);
  return {
    Marker: page.next,
    PendingMaintenanceActions: page.items.map(([arn, details]) => ({
      ResourceIdentifier: arn,
      PendingMaintenanceActionDetails: details.map((d) => ({
        Action: d.action,
        AutoAppliedAfterDate: d.autoAppliedAfter,
        ForcedApplyDate: d.forcedApply,
        OptInStatus: undefined,
        CurrentApplyDate: d.currentApply,
        Description: d.description,
      })),
    })),
  };
}
