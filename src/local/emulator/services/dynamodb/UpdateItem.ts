import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import type { Item } from '../../state/RegionState.js';
import { applyUpdateExpression } from './applyUpdateExpression.js';
import { checkCondition } from './checkCondition.js';
import { dynamodbErrors } from './dynamodbErrors.js';
import { findTable } from './findTable.js';
import { itemKey } from './itemKey.js';
import { readExpressionContext } from './readExpressionContext.js';
import { readItem } from './readItem.js';

function pick(item: Item, names: readonly string[]): Item {
  return Object.fromEntries(names.filter((n) => n in item).map((n) => [n, item[n]!]));
}

/** Upsert with an UpdateExpression (see applyUpdateExpression for the supported subset). */
export function UpdateItem(ctx: OperationContext, input: WireInput): WireValue {
  const table = findTable(ctx, input);
  const keyAttributes = readItem(input, 'Key');
  const key = itemKey(table, keyAttributes, true);
  const existing = table.items.get(key);
  checkCondition(input, existing);
  const expression = read.str(input, 'UpdateExpression');
  if (expression === undefined) {
    throw dynamodbErrors.validation(
      'The emulator needs an UpdateExpression (AttributeUpdates is not supported).',
    );
  }
  const next: Item = structuredClone(existing ?? keyAttributes);
  const touched = applyUpdateExpression(
    expression,
    next,
    readExpressionContext(input),
    table.keySchema.map((k) => k.AttributeName),
  );
  table.items.set(key, next);
  switch (read.str(input, 'ReturnValues') ?? 'NONE') {
    case 'ALL_NEW':
      return { Attributes: structuredClone(next) as WireValue };
    case 'ALL_OLD':
      return existing ? { Attributes: existing as WireValue } : {};
    case 'UPDATED_NEW':
      return { Attributes: pick(next, touched) as WireValue };
    case 'UPDATED_OLD':
      return existing ? { Attributes: pick(existing, touched) as WireValue } : {};
    default:
      return {};
  }
}
