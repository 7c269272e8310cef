import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput } from '../../core/WireValue.js';
import type { TableRecord } from '../../state/RegionState.js';
import { dynamodbErrors } from './dynamodbErrors.js';

export function findTable(ctx: OperationContext, input: WireInput): TableRecord {
  const name = read.requiredStr(input, 'TableName');
  const table = ctx.regionState.tables.get(name.split('/').pop() ?? name);
  if (!table) throw dynamodbErrors.tableNotFound(name);
  return table;
}
