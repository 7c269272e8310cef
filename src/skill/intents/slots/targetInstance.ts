import type { HandlerInput } from 'ask-sdk-core';
import type { DbInstanceSummary } from '../../domain/fleet/DbInstanceSummary.js';
import { InstanceNotFound } from '../../domain/fleet/errors.js';
import { spokenNameOf } from '../../domain/fleet/nameReadings.js';
import { SLOTS } from '../interactionModel.js';
import type { RequestContext } from '../RequestContext.js';
import { SlotMissing } from './errors.js';
import { firstFound } from './firstFound.js';
import { readSlot, slotCandidates } from './readSlot.js';
import { targetRegions } from './targetRegions.js';

/** The instance an intent is about, and the names to speak for it. */
export interface TargetInstance {
  readonly instance: DbInstanceSummary;
  readonly name: string;
  readonly regionName: string;
}

/**
 * Finds the instance named in the `instance` slot, in the named Region or across the managed Regions. The
 * dynamic entity's id comes first (it is one of the fleet's own names), then the static model's id, then
 * the words heard (a model generated from another fleet, or a name Alexa did not resolve). The instance
 * found counts as recently used, so it stays among the session's dynamic entities of a large fleet.
 */
export async function targetInstance(input: HandlerInput, context: RequestContext): Promise<TargetInstance> {
  const candidates = slotCandidates(readSlot(input, SLOTS.instance));
  if (candidates.length === 0) throw new SlotMissing(SLOTS.instance);
  const { regions } = targetRegions(input, context);
  const instance = await firstFound(
    candidates,
    (name) => context.services.fleet.findInstance(name, regions, context.deadline),
    (error) => error instanceof InstanceNotFound,
  );
  context.services.recentNames.use(instance.name, instance.application);
  return {
    instance,
    // A Japanese listener hears レポーティング, the instance-ja reading, where the tag has one.
    name: spokenNameOf(instance, context.strings.locale),
    regionName: context.strings.region(instance.region),
  };
}
