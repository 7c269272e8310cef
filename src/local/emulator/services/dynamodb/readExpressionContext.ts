import { read } from '../../core/read.js';
import type { WireInput } from '../../core/WireValue.js';
import type { AttributeValue } from '../../state/RegionState.js';
import type { ExpressionContext } from './ExpressionContext.js';

export function readExpressionContext(input: WireInput): ExpressionContext {
  const names: Record<string, string> = {};
  for (const [key, value] of Object.entries(read.map(input, 'ExpressionAttributeNames')))
    names[key] = String(value);
  return { names, values: read.map(input, 'ExpressionAttributeValues') as Record<string, AttributeValue> };
}
