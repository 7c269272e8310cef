import { busyUntil } from '../../core/busyUntil.js';
import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import { statusAt } from '../../core/statusAt.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findInstance } from './findInstance.js';
import { rdsErrors } from './rdsErrors.js';
import { recordEvent } from './recordEvent.js';
import { toDBInstance } from './toDBInstance.js';

/**
 * `rebooting` now, `available` after settings.rebootMs. ForceFailover (Multi-AZ only) swaps the primary
 * and secondary Availability Zones, as a Multi-AZ failover does.
 */
export function RebootDBInstance(ctx: OperationContext, input: WireInput): WireValue {
  const instance = findInstance(ctx.regionState, read.requiredStr(input, 'DBInstanceIdentifier'));
  const forceFailover = read.bool(input, 'ForceFailover') ?? false;
  const status = statusAt(instance.statusTimeline, ctx.now);
  if (status !== 'available') {
    throw rdsErrors.invalidInstanceState(
      `DB instance ${instance.identifier} is not in available state (it is ${status}).`,
    );
  }
  if (forceFailover && !instance.multiAz) {
    throw rdsErrors.invalidParameterCombination(
      `Cannot force a failover of DB instance ${instance.identifier}: it is not a Multi-AZ instance.`,
    );
  }
  const doneAt = new Date(ctx.now.getTime() + ctx.state.settings.rebootMs);
  instance.statusTimeline = busyUntil('rebooting', ctx.now, doneAt);
  const base = {
    sourceIdentifier: instance.identifier,
    sourceType: 'db-instance',
    sourceArn: instance.arn,
  } as const;
  if (forceFailover && instance.secondaryAvailabilityZone) {
    const primary = instance.availabilityZone;
    instance.availabilityZone = instance.secondaryAvailabilityZone;
    instance.secondaryAvailabilityZone = primary;
    recordEvent(ctx.regionState, {
      ...base,
      message: 'Multi-AZ instance failover started.',
      categories: ['failover'],
      date: ctx.now,
    });
    recordEvent(ctx.regionState, {
      ...base,
      message: 'Multi-AZ instance failover completed.',
      categories: ['failover'],
      date: doneAt,
    });
  }
  recordEvent(ctx.regionState, {
    ...base,
    message: 'DB instance restarted',
    categories: ['availability'],
    date: doneAt,
  });
  return { DBInstance: toDBInstance(instance, ctx.region, ctx.state.accountId, ctx.now) };
}
