import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';

/** Names in order; the page continues after ExclusiveStartTableName, as DynamoDB does. */
export function ListTables(ctx: OperationContext, input: WireInput): WireValue {
  const limit = read.int(input, 'Limit') ?? 100;
  const after = read.str(input, 'ExclusiveStartTableName');
  const names = [...ctx.regionState.tables.keys()]
    .sort()
    .filter((name) => after === undefined || name > after);
  const page = names.slice(0, limit);
  return {
    TableNames: page,
    LastEvaluatedTableName: names.length > limit ? page[page.length - 1] : undefined,
  };
}
