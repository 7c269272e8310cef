import { getSlot, type HandlerInput } from 'ask-sdk-core';

/** A slot as the skill uses it: the entity-resolution id when Alexa matched a value, and the words heard. */
export interface SlotReading {
  readonly id?: string;
  readonly spoken?: string;
}

/** Reads a slot of the current IntentRequest; an absent or empty slot reads as {}. */
export function readSlot(input: HandlerInput, name: string): SlotReading {
  if (input.requestEnvelope.request.type !== 'IntentRequest') return {};
  const slot = getSlot(input.requestEnvelope, name);
  if (!slot) return {};
  const spoken = slot.value?.trim() || undefined;
  const match = slot.resolutions?.resolutionsPerAuthority?.find((r) => r.status?.code === 'ER_SUCCESS_MATCH');
  const id = match?.values?.[0]?.value?.id;
  return { ...(id ? { id } : {}), ...(spoken ? { spoken } : {}) };
}
