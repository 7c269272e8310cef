import type { LogFileRecord } from '../../state/RegionState.js';

/** Bytes of the file as stored: lines joined by newlines, with a final newline. */
export function logFileSize(file: LogFileRecord): number {
  return file.lines.reduce((total, line) => total + Buffer.byteLength(line) + 1, 0);
}
