import type { OperationContext } from '../../core/OperationContext.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findTable } from './findTable.js';
import { toTableDescription } from './toTableDescription.js';

export function DescribeTable(ctx: OperationContext, input: WireInput): WireValue {
  return { Table: toTableDescription(findTable(ctx, input), 'ACTIVE') };
}
