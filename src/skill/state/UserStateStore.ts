import type { HandlerInput } from 'ask-sdk-core';
import { parseUserState } from './parseUserState.js';
import type { UserState } from './UserState.js';

/**
 * The current user's state through ask-sdk's persistent attributes: read once per request (the attributes
 * manager caches it) and written only when something changed.
 */
export class UserStateStore {
  async load(input: HandlerInput): Promise<UserState> {
    return parseUserState(await input.attributesManager.getPersistentAttributes());
  }

  async save(input: HandlerInput, state: UserState): Promise<void> {
    input.attributesManager.setPersistentAttributes({ ...state });
    await input.attributesManager.savePersistentAttributes();
  }
}
