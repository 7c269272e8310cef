import type { HandlerInput } from 'ask-sdk-core';
import { resolveRegions } from '../../domain/fleet/resolveRegions.js';
import { SLOTS } from '../interactionModel.js';
import type { RequestContext } from '../RequestContext.js';
import { readSlot } from './readSlot.js';

/** The Regions an intent looks in: the named one, or every managed Region when none (or "all") is said. */
export function targetRegions(
  input: HandlerInput,
  context: RequestContext,
): { regions: string[]; explicit: boolean } {
  return resolveRegions(readSlot(input, SLOTS.region), context.services.config.regions);
}
