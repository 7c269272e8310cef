import { readFileSync } from 'node:fs';
import type { Fleet } from './Fleet.js';
import { FleetError } from './FleetError.js';
import { parseFleet } from './parseFleet.js';

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
};

export function loadFleet(path: string): Fleet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    const { code, message } = cause as NodeJS.ErrnoException;
    throw new FleetError(`cannot read fleet file ${path}: ${READ_ERRORS[code ?? ''] ?? message}`, { cause });
  }
  return parseFleet(text, path);
}
