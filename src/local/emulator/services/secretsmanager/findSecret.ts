import type { OperationContext } from '../../core/OperationContext.js';
import type { SecretRecord } from '../../state/RegionState.js';
import { secretsErrors } from './secretsErrors.js';

/**
 * By name, full ARN or partial ARN (without the random suffix). A secret past its deletion date is gone;
 * one scheduled for deletion is refused unless the operation works on deleted secrets (Describe, Restore).
 */
export function findSecret(ctx: OperationContext, secretId: string, allowDeleted = false): SecretRecord {
  const secrets = ctx.regionState.secrets;
  for (const [arn, secret] of secrets) {
    if (secret.deletionDate && secret.deletionDate.getTime() <= ctx.now.getTime()) secrets.delete(arn);
  }
  const secret =
    secrets.get(secretId) ??
    [...secrets.values()].find((s) => s.name === secretId) ??
    [...secrets.values()].find((s) => secretId.startsWith('arn:') && s.arn.startsWith(`${secretId}-`));
  if (!secret) throw secretsErrors.notFound();
  if (secret.deletedAt && !allowDeleted) throw secretsErrors.markedForDeletion();
  return secret;
}
