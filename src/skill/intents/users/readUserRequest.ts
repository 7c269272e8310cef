import type { HandlerInput } from 'ask-sdk-core';
import { UserNameRefused } from '../../domain/users/errors.js';
import { DATABASE_ROLES, type DatabaseRole, type UserAction } from '../../domain/users/UserTask.js';
import { userNameFromSpeech } from '../../domain/users/userNameFromSpeech.js';
import { SLOTS } from '../interactionModel.js';
import { readSlot } from '../slots/readSlot.js';

/** The user and role a request names, a slot to ask for, or the reason the name cannot be used. */
export type UserRequest =
  | { readonly username?: string; readonly role?: DatabaseRole }
  | { readonly ask: 'userName' | 'role' }
  | { readonly refused: UserNameRefused };

function isRole(id: string | undefined): id is DatabaseRole {
  return (DATABASE_ROLES as readonly string[]).includes(id ?? '');
}

/**
 * Reads USER_NAME (and, to create a user, DB_ROLE) from the request. A missing name or role is asked for; a
 * role Alexa did not resolve is asked for again (only the three roles exist); a name user management would
 * refuse is refused now, before the instance is looked up or a code asked for. listUsers reads neither.
 */
export function readUserRequest(input: HandlerInput, action: UserAction): UserRequest {
  if (action === 'listUsers') return {};
  // A name the model knows comes with its id ("アリス" in ja-JP is alice); any other is taken as heard.
  const reading = readSlot(input, SLOTS.userName);
  const heard = reading.staticId ?? reading.spoken;
  if (heard === undefined || heard === '?') return { ask: 'userName' };
  let username: string;
  try {
    username = userNameFromSpeech(heard);
  } catch (error) {
    if (error instanceof UserNameRefused) return { refused: error };
    throw error;
  }
  if (action !== 'createUser') return { username };
  const role = readSlot(input, SLOTS.role).id;
  return isRole(role) ? { username, role } : { ask: 'role' };
}
