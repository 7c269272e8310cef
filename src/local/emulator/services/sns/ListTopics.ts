import type { OperationContext } from '../../core/OperationContext.js';
import { paginate } from '../../core/paginate.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { snsErrors } from './snsErrors.js';

export function ListTopics(ctx: OperationContext, input: WireInput): WireValue {
  const arns = [...ctx.regionState.topics.keys()].sort();
  const page = paginate(arns, read.str(input, 'NextToken'), 100, snsErrors.invalidNextToken);
  return { Topics: page.items.map((TopicArn) => ({ TopicArn })), NextToken: page.next };
}
