import { readFileSync } from 'node:fs';
import type { Fleet } from './Fleet.js';
import { FleetError } from './FleetError.js';
import { parseFleet } from './parseFleet.js';

export function loadFleet(path: string): Fleet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new FleetError(`cannot read fleet file ${path}: ${(cause as Error).message}`, { cause });
  }
  return parseFleet(text, path);
}
