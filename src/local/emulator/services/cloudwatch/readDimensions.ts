import { read } from '../../core/read.js';
import type { WireInput } from '../../core/WireValue.js';

/** [{Name, Value}] as a map. */
export function readDimensions(input: WireInput, name = 'Dimensions'): Record<string, string> {
  const dimensions: Record<string, string> = {};
  for (const dimension of read.objList(input, name)) {
    const key = read.str(dimension, 'Name');
    if (key !== undefined) dimensions[key] = read.str(dimension, 'Value') ?? '';
  }
  return dimensions;
}
