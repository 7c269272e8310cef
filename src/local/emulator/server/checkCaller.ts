import { AwsError } from '../core/AwsError.js';
import type { ServiceDescriptor } from '../services/ServiceDescriptor.js';
import type { EmulatorState } from '../state/EmulatorState.js';

/**
 * The little IAM the emulator has: listed access keys are unknown to AWS, session keys it issued expire,
 * and operations listed in requireMfaFor need keys from an MFA-authenticated GetSessionToken (like an IAM
 * policy with aws:MultiFactorAuthPresent).
 */
export function checkCaller(
  state: EmulatorState,
  service: ServiceDescriptor,
  operation: string,
  accessKeyId: string | undefined,
  now: Date,
): void {
  const json = service.query === undefined;
  if (accessKeyId && state.invalidAccessKeys.has(accessKeyId)) {
    throw new AwsError({
      code: json ? 'UnrecognizedClientException' : 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
      status: 403,
    });
  }
  const session = accessKeyId ? state.sessions.get(accessKeyId) : undefined;
  if (session && session.expiresAt.getTime() <= now.getTime()) {
    throw new AwsError({
      code: json ? 'ExpiredTokenException' : 'ExpiredToken',
      message: 'The security token included in the request is expired',
      status: 400,
    });
  }
  if (state.requireMfaFor.has(operation) && !session?.mfa) {
    throw new AwsError({
      code: json ? 'AccessDeniedException' : 'AccessDenied',
      message:
        `User: arn:aws:iam::${state.accountId}:user/${state.userName} is not authorized to perform: ` +
        `${service.signingName}:${operation} with an explicit deny in an identity-based policy ` +
        '(MFA required)',
      status: 403,
    });
  }
}
