import type { OperationContext } from '../../core/OperationContext.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findTable } from './findTable.js';
import { toTableDescription } from './toTableDescription.js';

export function DeleteTable(ctx: OperationContext, input: WireInput): WireValue {
  const table = findTable(ctx, input);
  ctx.regionState.tables.delete(table.name);
  return { TableDescription: toTableDescription(table, 'DELETING') };
}
