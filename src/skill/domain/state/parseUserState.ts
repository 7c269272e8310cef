import { EMPTY_USER_STATE, type UsedCode, type UserState } from './UserState.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Reads persisted attributes defensively: a missing item is the empty state and a field of the wrong shape
 * falls back to its default, so one damaged item cannot make every request of that user fail.
 */
export function parseUserState(raw: unknown): UserState {
  if (!isRecord(raw)) return EMPTY_USER_STATE;
  const mfa = isRecord(raw.mfa) ? raw.mfa : {};
  const usedCodes = Array.isArray(mfa.usedCodes)
    ? mfa.usedCodes.filter((c): c is UsedCode => isRecord(c) && typeof c.hash === 'string' && finite(c.at))
    : [];
  const rejections = Array.isArray(mfa.rejections) ? mfa.rejections.filter(finite) : [];
  return {
    version: 1,
    notifications: raw.notifications === true,
    mfa: {
      usedCodes: usedCodes.map(({ hash, at }) => ({ hash, at })),
      rejections,
      lockedUntil: finite(mfa.lockedUntil) ? mfa.lockedUntil : 0,
    },
  };
}
