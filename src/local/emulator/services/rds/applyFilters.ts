import { read } from '../../core/read.js';
import type { WireInput } from '../../core/WireValue.js';
import { rdsErrors } from './rdsErrors.js';

/** A Describe* filter: whether a record matches any of the filter's values. */
export type RdsFilter<T> = (record: T, values: string[]) => boolean;

/** The identifier in a filter value, which RDS accepts bare or as the resource's ARN. */
export const identifierOf = (value: string): string =>
  value.startsWith('arn:') ? (value.split(':').pop() ?? '') : value;

/**
 * Applies the request's Filters.Filter.N the way RDS does: every filter must match (AND), any value of one
 * filter may (OR), and an unknown filter name is an InvalidParameterValue.
 */
export function applyFilters<T>(
  records: T[],
  input: WireInput,
  filters: Readonly<Record<string, RdsFilter<T>>>,
): T[] {
  let matching = records;
  for (const filter of read.objList(input, 'Filters')) {
    const name = read.requiredStr(filter, 'Name');
    const matches = Object.hasOwn(filters, name) ? filters[name] : undefined;
    if (!matches) throw rdsErrors.invalidParameterValue(`Unrecognized filter name: ${name}`);
    const values = read.strList(filter, 'Values');
    matching = matching.filter((record) => matches(record, values));
  }
  return matching;
}
