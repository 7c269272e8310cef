import type { HandlerInput } from 'ask-sdk-core';
import { resolveRegions } from '../fleet/resolveRegions.js';
import type { RequestContext } from '../RequestContext.js';
import { readSlot } from './readSlot.js';
import { SLOTS } from './slots.js';

/** The Regions an intent looks in: the named one, or every managed Region when none (or "all") is said. */
export function targetRegions(
  input: HandlerInput,
  context: RequestContext,
): { regions: string[]; explicit: boolean } {
  return resolveRegions(readSlot(input, SLOTS.region), context.services.config.regions);
}
