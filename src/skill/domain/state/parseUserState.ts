import { EMPTY_USER_STATE, type UserState } from './UserState.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads persisted attributes defensively: a missing item is the empty state and a field of the wrong shape
 * falls back to its default, so one damaged item cannot make every request of that user fail. Fields an
 * older version wrote (the former `mfa` ledger) are ignored and dropped at the next save.
 */
export function parseUserState(raw: unknown): UserState {
  if (!isRecord(raw)) return EMPTY_USER_STATE;
  return { version: 1, notifications: raw.notifications === true };
}
