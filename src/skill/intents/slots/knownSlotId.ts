import type { HandlerInput } from 'ask-sdk-core';
import { SlotMissing, SlotValueUnknown } from './errors.js';
import { readSlot } from './readSlot.js';

/**
 * The id of a slot whose values are a fixed set (metric, property, log type...). Matching ignores case so
 * an unresolved "cpuutilization" still works; anything else is a clear "I don't know the metric X".
 */
export function knownSlotId<T extends string>(input: HandlerInput, slot: string, ids: readonly T[]): T {
  const reading = readSlot(input, slot);
  const candidate = reading.id ?? reading.spoken;
  if (!candidate) throw new SlotMissing(slot);
  const flat = candidate.toLowerCase().replace(/[\s._-]+/g, '');
  const found = ids.find((id) => id.toLowerCase() === flat);
  if (!found) throw new SlotValueUnknown(slot, reading.spoken ?? candidate);
  return found;
}
