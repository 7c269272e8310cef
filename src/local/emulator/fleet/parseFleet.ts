import { parse } from 'yaml';
import type { Fleet } from './Fleet.js';
import { FleetError } from './FleetError.js';
import { validateFleet } from './validateFleet.js';

/** Parses a fleet file's text; YAML 1.2 is a superset of JSON, so one parser reads both formats. */
export function parseFleet(text: string, source = 'fleet'): Fleet {
  let value: unknown;
  try {
    value = parse(text);
  } catch (cause) {
    throw new FleetError(`${source}: not valid YAML or JSON: ${(cause as Error).message}`, { cause });
  }
  return validateFleet(value, source);
}
