import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import { tagList } from '../../core/tagList.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findCluster } from './findCluster.js';
import { findInstance } from './findInstance.js';
import { rdsErrors } from './rdsErrors.js';

/**
 * Emulated so benchmarks can prove nobody needs it: TagList already comes with DescribeDBInstances, and a
 * per-instance ListTagsForResource is the N+1 pattern the skill must avoid.
 */
export function ListTagsForResource(ctx: OperationContext, input: WireInput): WireValue {
  const arn = read.requiredStr(input, 'ResourceName');
  const match = /^arn:aws[\w-]*:rds:([^:]+):\d+:(db|cluster):(.+)$/.exec(arn);
  if (!match || match[1] !== ctx.region) {
    throw rdsErrors.invalidParameterValue(
      'The specified resource name does not match an RDS resource in this region.',
    );
  }
  const tags =
    match[2] === 'db'
      ? findInstance(ctx.regionState, match[3]!).tags
      : findCluster(ctx.regionState, match[3]!).tags;
  return { TagList: tagList(tags) };
}
