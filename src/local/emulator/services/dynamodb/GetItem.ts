import type { OperationContext } from '../../core/OperationContext.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findTable } from './findTable.js';
import { itemKey } from './itemKey.js';
import { readItem } from './readItem.js';

/** No Item member at all when the key is absent, as DynamoDB answers. */
export function GetItem(ctx: OperationContext, input: WireInput): WireValue {
  const table = findTable(ctx, input);
  const item = table.items.get(itemKey(table, readItem(input, 'Key'), true));
  return item ? { Item: structuredClone(item) as WireValue } : {};
}
