import type { HandlerInput } from 'ask-sdk-core';
import type { DbInstanceSummary } from '../../domain/fleet/DbInstanceSummary.js';
import { SLOTS } from '../interactionModel.js';
import type { RequestContext } from '../RequestContext.js';
import { SlotMissing } from './errors.js';
import { readSlot } from './readSlot.js';
import { targetRegions } from './targetRegions.js';

/** The instance an intent is about, and the names to speak for it. */
export interface TargetInstance {
  readonly instance: DbInstanceSummary;
  readonly name: string;
  readonly regionName: string;
}

/**
 * Finds the instance named in the `instance` slot, in the named Region or across the managed Regions.
 * The words heard come first (the slot's example values are not the user's fleet), the resolved value next.
 */
export async function targetInstance(input: HandlerInput, context: RequestContext): Promise<TargetInstance> {
  const slot = readSlot(input, SLOTS.instance);
  const spoken = slot.spoken ?? slot.id;
  if (!spoken) throw new SlotMissing(SLOTS.instance);
  const { regions } = targetRegions(input, context);
  const instance = await context.services.fleet.findInstance(spoken, regions, context.deadline);
  return {
    instance,
    name: instance.name,
    regionName: context.strings.region(instance.region),
  };
}
