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
  const env = environment.id ?? withoutNouns(environment.spoken);
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

/**
 * Words heard where an environment stands, without the article and noun around a name ("the blog
 * application" is blog): they may name an application or instance (see FleetService), and are spoken back.
 */
function withoutNouns(heard: string | undefined): string | undefined {
  const words = heard
    ?.replace(/^(the|our|my)\s+/i, '')
    .replace(/\s+(application|app|instance|database|db)s?$/i, '')
    .trim();
  return words || heard;
}
