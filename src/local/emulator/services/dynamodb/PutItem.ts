import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { checkCondition } from './checkCondition.js';
import { dynamodbErrors } from './dynamodbErrors.js';
import { findTable } from './findTable.js';
import { itemKey } from './itemKey.js';
import { readItem } from './readItem.js';

export function PutItem(ctx: OperationContext, input: WireInput): WireValue {
  const table = findTable(ctx, input);
  const item = readItem(input, 'Item');
  const key = itemKey(table, item, false);
  const returnValues = read.str(input, 'ReturnValues') ?? 'NONE';
  if (returnValues !== 'NONE' && returnValues !== 'ALL_OLD') {
    throw dynamodbErrors.validation('ReturnValues can only be ALL_OLD or NONE');
  }
  const existing = table.items.get(key);
  checkCondition(input, existing);
  table.items.set(key, item);
  return returnValues === 'ALL_OLD' && existing ? { Attributes: existing as WireValue } : {};
}
