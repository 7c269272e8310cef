import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { checkCondition } from './checkCondition.js';
import { findTable } from './findTable.js';
import { itemKey } from './itemKey.js';
import { readItem } from './readItem.js';

export function DeleteItem(ctx: OperationContext, input: WireInput): WireValue {
  const table = findTable(ctx, input);
  const key = itemKey(table, readItem(input, 'Key'), true);
  const existing = table.items.get(key);
  checkCondition(input, existing);
  table.items.delete(key);
  return read.str(input, 'ReturnValues') === 'ALL_OLD' && existing
    ? { Attributes: existing as WireValue }
    : {};
}
