import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findSecret } from './findSecret.js';

export function RestoreSecret(ctx: OperationContext, input: WireInput): WireValue {
  const secret = findSecret(ctx, read.requiredStr(input, 'SecretId'), true);
  secret.deletedAt = undefined;
  secret.deletionDate = undefined;
  return { ARN: secret.arn, Name: secret.name };
}
