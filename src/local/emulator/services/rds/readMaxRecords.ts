import { read } from '../../core/read.js';
import type { WireInput } from '../../core/WireValue.js';
import { rdsErrors } from './rdsErrors.js';

/** RDS's MaxRecords: 20 to 100, default 100. */
export function readMaxRecords(input: WireInput): number {
  const value = read.int(input, 'MaxRecords') ?? 100;
  if (value < 20 || value > 100) {
    throw rdsErrors.invalidParameterValue(
      `Invalid value ${value} for MaxRecords. Must be between 20 and 100`,
    );
  }
  return value;
}
