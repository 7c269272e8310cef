import { describeFleetIssue } from './describeFleetIssue.js';
import type { Fleet } from './Fleet.js';
import { FleetError } from './FleetError.js';
import { fleetSchema } from './fleetSchema.js';
import { formatFleetIssues } from './formatFleetIssues.js';

/**
 * Checks a fleet against its schema and says exactly where it is wrong: the path of each bad key, and the
 * closest valid key or value for a typo. `source` (the file name) starts every line.
 */
export function validateFleet(value: unknown, source: string): Fleet {
  const result = fleetSchema.safeParse(value, { error: describeFleetIssue });
  if (!result.success) throw new FleetError(formatFleetIssues(source, result.error.issues));
  return result.data;
}
