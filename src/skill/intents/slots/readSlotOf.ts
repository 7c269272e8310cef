import type { Intent } from 'ask-sdk-model';

/** The words heard for a slot of an intent kept from an earlier request (e.g. the question pending). */
export function readSlotOf(intent: Intent, name: string): string | undefined {
  return intent.slots?.[name]?.value?.trim() || undefined;
}
