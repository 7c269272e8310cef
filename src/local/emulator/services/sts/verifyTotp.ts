import { Secret, TOTP } from 'otpauth';
import type { EmulatorState } from '../../state/EmulatorState.js';
import { stsErrors } from './stsErrors.js';

const PERIOD_SECONDS = 30;

/**
 * Checks a code against the device's seed (one step of clock drift either way, as IAM allows) and burns
 * its time step: AWS rejects a code that was already used, so a retry with the same code must fail too.
 */
export function verifyTotp(state: EmulatorState, serial: string, code: string, now: Date): void {
  const seed = state.mfaDevices.get(serial);
  if (seed === undefined)
    throw stsErrors.accessDenied('MultiFactorAuthentication failed, unable to validate MFA code.');
  const totp = new TOTP({
    secret: Secret.fromBase32(seed),
    digits: 6,
    period: PERIOD_SECONDS,
    algorithm: 'SHA1',
  });
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) {
    throw stsErrors.accessDenied('MultiFactorAuthentication failed with invalid MFA one time pass code. ');
  }
  const step = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
  const key = `${serial}|${step}`;
  if (state.usedMfaCodes.has(key)) {
    throw stsErrors.accessDenied(
      'MultiFactorAuthentication failed with invalid MFA one time pass code. The code was already used.',
    );
  }
  state.usedMfaCodes.add(key);
}
