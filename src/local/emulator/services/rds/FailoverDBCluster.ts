import { busyUntil } from '../../core/busyUntil.js';
import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import { statusAt } from '../../core/statusAt.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findCluster } from './findCluster.js';
import { rdsErrors } from './rdsErrors.js';
import { recordEvent } from './recordEvent.js';
import { toDBCluster } from './toDBCluster.js';

/**
 * Promotes the target reader (or the reader with the best promotion tier) to writer at once; the cluster is
 * `failing-over` and the old writer `rebooting` for settings.failoverMs.
 */
export function FailoverDBCluster(ctx: OperationContext, input: WireInput): WireValue {
  const cluster = findCluster(ctx.regionState, read.requiredStr(input, 'DBClusterIdentifier'));
  const status = statusAt(cluster.statusTimeline, ctx.now);
  if (status !== 'available') {
    throw rdsErrors.invalidClusterState(
      `DbCluster ${cluster.identifier} is not in a valid state (${status}).`,
    );
  }
  const members = [...ctx.regionState.instances.values()].filter((i) => i.clusterId === cluster.identifier);
  const readers = members
    .filter((i) => i.identifier !== cluster.writer)
    .sort((a, b) => a.promotionTier - b.promotionTier || a.identifier.localeCompare(b.identifier));
  const targetId = read.str(input, 'TargetDBInstanceIdentifier')?.toLowerCase();
  const target = targetId === undefined ? readers[0] : readers.find((i) => i.identifier === targetId);
  if (targetId !== undefined && !target) {
    throw rdsErrors.invalidParameterValue(
      targetId === cluster.writer
        ? `DB instance ${targetId} is already the writer of DB cluster ${cluster.identifier}.`
        : `DB instance ${targetId} is not a reader of DB cluster ${cluster.identifier}.`,
    );
  }
  if (!target) {
    throw rdsErrors.invalidClusterState(`DB cluster ${cluster.identifier} has no reader to fail over to.`);
  }
  if (statusAt(target.statusTimeline, ctx.now) !== 'available') {
    throw rdsErrors.invalidInstanceState(`DB instance ${target.identifier} is not available.`);
  }

  const doneAt = new Date(ctx.now.getTime() + ctx.state.settings.failoverMs);
  const oldWriter = members.find((i) => i.identifier === cluster.writer);
  cluster.writer = target.identifier;
  cluster.statusTimeline = busyUntil('failing-over', ctx.now, doneAt);
  if (oldWriter) {
    oldWriter.statusTimeline = busyUntil('rebooting', ctx.now, doneAt);
  }
  const base = {
    sourceIdentifier: cluster.identifier,
    sourceType: 'db-cluster',
    sourceArn: cluster.arn,
  } as const;
  recordEvent(ctx.regionState, {
    ...base,
    message: `Started cross AZ failover to DB instance: ${target.identifier}`,
    categories: ['failover'],
    date: ctx.now,
  });
  recordEvent(ctx.regionState, {
    ...base,
    message: `Completed failover to DB instance: ${target.identifier}`,
    categories: ['failover'],
    date: doneAt,
  });
  return { DBCluster: toDBCluster(cluster, ctx.regionState, ctx.now) };
}
