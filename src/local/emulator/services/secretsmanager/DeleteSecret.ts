import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findSecret } from './findSecret.js';
import { secretsErrors } from './secretsErrors.js';

/** Scheduled deletion after a 7-30 day recovery window (30 by default), or at once with ForceDelete. */
export function DeleteSecret(ctx: OperationContext, input: WireInput): WireValue {
  const secret = findSecret(ctx, read.requiredStr(input, 'SecretId'), true);
  const window = read.int(input, 'RecoveryWindowInDays');
  const force = read.bool(input, 'ForceDeleteWithoutRecovery') ?? false;
  if (force && window !== undefined) {
    throw secretsErrors.invalidParameter(
      "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.",
    );
  }
  if (window !== undefined && (window < 7 || window > 30)) {
    throw secretsErrors.invalidParameter(
      'The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).',
    );
  }
  if (secret.deletedAt && !force) {
    throw secretsErrors.invalidRequest(
      "You can't perform this operation on the secret because it was already scheduled for deletion.",
    );
  }
  if (force) {
    ctx.regionState.secrets.delete(secret.arn);
    return { ARN: secret.arn, Name: secret.name, DeletionDate: ctx.now };
  }
  secret.deletedAt = ctx.now;
  secret.deletionDate = new Date(ctx.now.getTime() + (window ?? 30) * 86_400_000);
  return { ARN: secret.arn, Name: secret.name, DeletionDate: secret.deletionDate };
}
