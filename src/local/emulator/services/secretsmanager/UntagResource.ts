import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findSecret } from './findSecret.js';

export function UntagResource(ctx: OperationContext, input: WireInput): WireValue {
  const secret = findSecret(ctx, read.requiredStr(input, 'SecretId'));
  const keys = read.strList(input, 'TagKeys');
  secret.tags = secret.tags.filter((t) => !keys.includes(t.Key));
  return {};
}
