import type { HandlerInput } from 'ask-sdk-core';
import type { FleetFilter } from '../../domain/fleet/FleetService.js';
import { SLOTS } from '../interactionModel.js';
import { readSlot } from './readSlot.js';

/** The environment/application filters said in the request ("production instances", "of application blog"). */
export function tagFilter(input: HandlerInput): FleetFilter {
  const environment = readSlot(input, SLOTS.environment);
  const application = readSlot(input, SLOTS.application);
  // Environments resolve to canonical ids (prod -> production); applications are the fleet's own words.
  const env = environment.id ?? environment.spoken;
  const app = application.spoken ?? application.id;
  return { ...(env ? { environment: env } : {}), ...(app ? { application: app } : {}) };
}
