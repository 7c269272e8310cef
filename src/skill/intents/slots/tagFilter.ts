import type { HandlerInput } from 'ask-sdk-core';
import type { FleetFilter } from '../fleet/FleetService.js';
import { readSlot } from './readSlot.js';
import { SLOTS } from './slots.js';

/** The environment/application filters said in the request ("production instances", "of application blog"). */
export function tagFilter(input: HandlerInput): FleetFilter {
  const environment = readSlot(input, SLOTS.environment);
  const application = readSlot(input, SLOTS.application);
  // Environments resolve to canonical ids (prod -> production); applications are the fleet's own words.
  const env = environment.id ?? environment.spoken;
  const app = application.spoken ?? application.id;
  return { ...(env ? { environment: env } : {}), ...(app ? { application: app } : {}) };
}
