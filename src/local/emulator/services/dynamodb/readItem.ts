import { read } from '../../core/read.js';
import type { WireInput } from '../../core/WireValue.js';
import type { Item } from '../../state/RegionState.js';
import { dynamodbErrors } from './dynamodbErrors.js';

/** An attribute map from the request (Item or Key), copied so stored items never alias request objects. */
export function readItem(input: WireInput, name: 'Item' | 'Key'): Item {
  const value = read.obj(input, name);
  if (!value)
    throw dynamodbErrors.validation(
      `1 validation error detected: Value null at '${name.toLowerCase()}' failed to satisfy constraint: Member must not be null`,
    );
  return structuredClone(value) as Item;
}
