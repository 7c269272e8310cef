import { Secret, TOTP } from 'otpauth';
import { emulatorNow } from '../emulator/core/emulatorNow.js';
import type { EmulatorState } from '../emulator/state/EmulatorState.js';

export interface MfaCode {
  readonly serial: string;
  readonly code: string;
  /** The code as a user says it to Alexa: "six three eight seven one four". */
  readonly spoken: string;
  /** Seconds until the next code. */
  readonly validForSeconds: number;
}

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const PERIOD_SECONDS = 30;

/**
 * The code the fleet's first MFA device shows now, by the emulator's clock (which tests may move forward),
 * so a console user can reboot without a phone. Undefined when the fleet has no MFA device.
 */
export function currentMfaCode(state: EmulatorState): MfaCode | undefined {
  const first = [...state.mfaDevices][0];
  if (!first) return undefined;
  const [serial, seed] = first;
  const now = emulatorNow(state).getTime();
  const code = new TOTP({ secret: Secret.fromBase32(seed), digits: 6, period: PERIOD_SECONDS }).generate({
    timestamp: now,
  });
  return {
    serial,
    code,
    spoken: [...code].map((digit) => DIGITS[Number(digit)]).join(' '),
    validForSeconds: PERIOD_SECONDS - (Math.floor(now / 1000) % PERIOD_SECONDS),
  };
}
