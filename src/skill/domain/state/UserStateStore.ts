import type { HandlerInput } from 'ask-sdk-core';
import { parseUserState } from './parseUserState.js';
import type { UserState } from './UserState.js';

/**
 * The current user's state through ask-sdk's persistent attributes: read once per request (the attributes
 * manager caches it) and written only when something changed.
 */
export class UserStateStore {
  /** Reads started ahead of need, per request; the attributes manager caches only finished reads. */
  private readonly prefetched = new WeakMap<HandlerInput, Promise<unknown>>();

  /**
   * Starts the read now, so its round trip overlaps the intent's own AWS calls instead of following them.
   * A failed prefetch is not reported here: load() reads again and the caller sees that error.
   */
  prefetch(input: HandlerInput): void {
    if (this.prefetched.has(input)) return;
    const read = input.attributesManager.getPersistentAttributes();
    read.catch(() => undefined);
    this.prefetched.set(input, read);
  }

  async load(input: HandlerInput): Promise<UserState> {
    await this.prefetched.get(input)?.catch(() => undefined);
    return parseUserState(await input.attributesManager.getPersistentAttributes());
  }

  async save(input: HandlerInput, state: UserState): Promise<void> {
    input.attributesManager.setPersistentAttributes({ ...state });
    await input.attributesManager.savePersistentAttributes();
  }
}
