import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findSecret } from './findSecret.js';
import { readTags } from './readTags.js';

export function TagResource(ctx: OperationContext, input: WireInput): WireValue {
  const secret = findSecret(ctx, read.requiredStr(input, 'SecretId'));
  for (const tag of readTags(input)) {
    secret.tags = [...secret.tags.filter((t) => t.Key !== tag.Key), tag];
  }
  return {};
}
