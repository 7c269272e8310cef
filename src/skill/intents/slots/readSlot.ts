import { getSlot, type HandlerInput } from 'ask-sdk-core';
import type { slu } from 'ask-sdk-model';

/**
 * A slot as the skill uses it: the words heard and the entity-resolution ids Alexa matched. The dynamic
 * authority (the fleet's own names, sent this session with Dialog.UpdateDynamicEntities) is read before the
 * static one (the model's slot values), and both before the raw words.
 */
export interface SlotReading {
  /** The best id: the dynamic match, else the static one. */
  readonly id?: string;
  readonly spoken?: string;
  /** The id matched among this session's dynamic entities. */
  readonly dynamicId?: string;
  /** The id matched among the interaction model's values. */
  readonly staticId?: string;
}

/** Alexa names the session's dynamic entities amzn1.er-authority.echo-sdk.dynamic.<skill id>.<slot type>. */
const DYNAMIC_AUTHORITY = '.er-authority.echo-sdk.dynamic.';

function matchedId(authorities: readonly slu.entityresolution.Resolution[]): string | undefined {
  const match = authorities.find((r) => r.status?.code === 'ER_SUCCESS_MATCH');
  return match?.values?.[0]?.value?.id || undefined;
}

/** Reads a slot of the current IntentRequest; an absent or empty slot reads as {}. */
export function readSlot(input: HandlerInput, name: string): SlotReading {
  if (input.requestEnvelope.request.type !== 'IntentRequest') return {};
  const slot = getSlot(input.requestEnvelope, name);
  if (!slot) return {};
  const spoken = slot.value?.trim() || undefined;
  const authorities = slot.resolutions?.resolutionsPerAuthority ?? [];
  const dynamicId = matchedId(authorities.filter((r) => r.authority?.includes(DYNAMIC_AUTHORITY)));
  const staticId = matchedId(authorities.filter((r) => !r.authority?.includes(DYNAMIC_AUTHORITY)));
  const id = dynamicId ?? staticId;
  return {
    ...(id ? { id } : {}),
    ...(spoken ? { spoken } : {}),
    ...(dynamicId ? { dynamicId } : {}),
    ...(staticId ? { staticId } : {}),
  };
}

/** What a name slot may mean, best first and each once: the dynamic id, the static id, the words heard. */
export function slotCandidates(reading: SlotReading): string[] {
  return [
    ...new Set(
      [reading.dynamicId, reading.staticId, reading.spoken].filter((c): c is string => c !== undefined),
    ),
  ];
}
