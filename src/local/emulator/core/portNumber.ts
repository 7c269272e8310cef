import { UsageError } from './UsageError.js';

/** A port given on the command line; undefined when the flag is absent. */
export function portNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (value.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`${flag} needs a port number (0-65535), not "${value}"`);
  }
  return port;
}
