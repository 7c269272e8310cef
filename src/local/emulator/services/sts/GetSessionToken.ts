import { randomBytes } from 'node:crypto';
import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { stsErrors } from './stsErrors.js';
import { verifyTotp } from './verifyTotp.js';

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function accessKeyId(): string {
  const bytes = randomBytes(16);
  return `ASIA${[...bytes].map((b) => KEY_ALPHABET[b % 32]).join('')}`;
}

/**
 * Temporary credentials, with MFA when SerialNumber and TokenCode are given. The keys it issues are
 * remembered as MFA-authenticated, which is what `requireMfaFor` in the fleet file checks.
 */
export function GetSessionToken(ctx: OperationContext, input: WireInput): WireValue {
  const duration = read.int(input, 'DurationSeconds') ?? 43_200;
  if (duration < 900 || duration > 129_600) {
    throw stsErrors.validation(
      `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint: ` +
        'Member must have value between 900 and 129600',
    );
  }
  const caller = ctx.accessKeyId ? ctx.state.sessions.get(ctx.accessKeyId) : undefined;
  if (caller) throw stsErrors.accessDenied('Cannot call GetSessionToken with session credentials');
  const serial = read.str(input, 'SerialNumber');
  const code = read.str(input, 'TokenCode');
  if ((serial === undefined) !== (code === undefined)) {
    throw stsErrors.accessDenied(
      'MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.',
    );
  }
  if (code !== undefined && !/^\d{6}$/.test(code)) {
    throw stsErrors.validation(
      "1 validation error detected: Value at 'tokenCode' failed to satisfy constraint: " +
        'Member must satisfy regular expression pattern: [\\d]* and have length 6',
    );
  }
  if (serial !== undefined && code !== undefined) verifyTotp(ctx.state, serial, code, ctx.now);
  const id = accessKeyId();
  const expiresAt = new Date(ctx.now.getTime() + duration * 1000);
  ctx.state.sessions.set(id, { accessKeyId: id, mfa: serial !== undefined, expiresAt });
  return {
    Credentials: {
      AccessKeyId: id,
      SecretAccessKey: randomBytes(30).toString('base64'),
      SessionToken: randomBytes(120).toString('base64'),
      Expiration: expiresAt,
    },
  };
}
