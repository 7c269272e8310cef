import type { HandlerInput } from 'ask-sdk-core';
import type { FleetFilter } from '../../domain/fleet/FleetService.js';
import { ENGINE_FAMILY_IDS, type EngineFamilyId } from '../../domain/vocabulary.js';
import { SLOTS } from '../interactionModel.js';
import { knownSlotId } from './knownSlotId.js';
import { readSlot, slotCandidates } from './readSlot.js';

/**
 * The filters said in the request: environment and application tags ("production instances", "of application
 * blog") and the engine family ("MySQL instances"). An engine Alexa did not resolve is a clear "I don't know".
 */
export function tagFilter(input: HandlerInput): FleetFilter {
  const environment = readSlot(input, SLOTS.environment);
  // Environments resolve to canonical ids (prod -> production); applications to the fleet's own names, the
  // session's dynamic entities first, then the model's values, then the words heard.
  const env = environment.id ?? environment.spoken;
  const [app] = slotCandidates(readSlot(input, SLOTS.application));
  const engine = readSlot(input, SLOTS.engine).spoken
    ? knownSlotId<EngineFamilyId>(input, SLOTS.engine, ENGINE_FAMILY_IDS)
    : undefined;
  return {
    ...(env ? { environment: env } : {}),
    ...(app ? { application: app } : {}),
    ...(engine ? { engine } : {}),
  };
}
