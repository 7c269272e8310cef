import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { snsErrors } from './snsErrors.js';

/** Idempotent, as in SNS: creating an existing topic returns its ARN. */
export function CreateTopic(ctx: OperationContext, input: WireInput): WireValue {
  const name = read.requiredStr(input, 'Name');
  if (!/^[A-Za-z0-9_-]{1,256}(\.fifo)?$/.test(name)) {
    throw snsErrors.invalidParameter(
      'Invalid parameter: Topic Name must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.',
    );
  }
  const arn = `arn:aws:sns:${ctx.region}:${ctx.state.accountId}:${name}`;
  if (!ctx.regionState.topics.has(arn)) {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(read.map(input, 'Attributes'))) attributes[key] = String(value);
    ctx.regionState.topics.set(arn, { arn, name, attributes, messages: [] });
  }
  return { TopicArn: arn };
}
