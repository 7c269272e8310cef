import type { HandlerInput } from 'ask-sdk-core';
import type { FleetFilter } from '../../domain/fleet/FleetService.js';
import { SLOTS } from '../interactionModel.js';
import { readSlot, slotCandidates } from './readSlot.js';

/** The environment/application filters said in the request ("production instances", "of application blog"). */
export function tagFilter(input: HandlerInput): FleetFilter {
  const environment = readSlot(input, SLOTS.environment);
  // Environments resolve to canonical ids (prod -> production); applications to the fleet's own names, the
  // session's dynamic entities first, then the model's values, then the words heard.
  const env = environment.id ?? environment.spoken;
  const [app] = slotCandidates(readSlot(input, SLOTS.application));
  return { ...(env ? { environment: env } : {}), ...(app ? { application: app } : {}) };
}
