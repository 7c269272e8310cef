import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findInstance } from './findInstance.js';
import { rdsErrors } from './rdsErrors.js';

const MAX_BYTES = 1_000_000;
const MAX_LINES = 10_000;

/**
 * RDS's rules: without a Marker the most recent lines are returned (NumberOfLines of them, or up to 10,000);
 * Marker "0" reads from the start; every portion stops at 1 MB and says AdditionalDataPending. The Marker
 * is the index of the next line, opaque to callers.
 */
export function DownloadDBLogFilePortion(ctx: OperationContext, input: WireInput): WireValue {
  const instance = findInstance(ctx.regionState, read.requiredStr(input, 'DBInstanceIdentifier'));
  const name = read.requiredStr(input, 'LogFileName');
  const file = instance.logs.get().find((log) => log.name === name);
  if (!file) throw rdsErrors.logFileNotFound(name);
  const requested = read.int(input, 'NumberOfLines');
  if (requested !== undefined && (requested < 1 || !Number.isInteger(requested))) {
    throw rdsErrors.invalidParameterValue('NumberOfLines must be a positive integer');
  }
  const marker = read.str(input, 'Marker');
  const total = file.lines.length;
  let start: number;
  if (marker === undefined || marker === '') {
    start = Math.max(0, total - (requested ?? MAX_LINES));
  } else {
    if (!/^\d+$/.test(marker)) throw rdsErrors.invalidParameterValue(`Invalid marker: ${marker}`);
    start = Math.min(Number(marker), total);
  }
  const limit = Math.min(requested ?? MAX_LINES, MAX_LINES);
  const lines: string[] = [];
  let bytes = 0;
  let next = start;
  while (next < total && lines.length < limit) {
    const line = file.lines[next]!;
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > MAX_BYTES && lines.length > 0) break;
    lines.push(line);
    bytes += size;
    next += 1;
  }
  return {
    LogFileData: lines.length > 0 ? `${lines.join('\n')}\n` : '',
    Marker: String(next),
    AdditionalDataPending: next < total,
  };
}
