import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';

/** Deleting a topic that does not exist succeeds, as in SNS. */
export function DeleteTopic(ctx: OperationContext, input: WireInput): WireValue {
  ctx.regionState.topics.delete(read.requiredStr(input, 'TopicArn'));
  return undefined;
}
