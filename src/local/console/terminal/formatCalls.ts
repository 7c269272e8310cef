import type { CallRecord } from '../../emulator/control/CallRecord.js';
import type { Style } from './createStyle.js';

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** The emulator's call log as a table: one line per AWS call, failures in red. */
export function formatCalls(calls: readonly CallRecord[], style: Style): string {
  if (calls.length === 0) return style.dim('  No AWS calls.');
  const rows = calls.map((call) => [
    `#${call.seq}`,
    call.service,
    call.operation,
    call.region,
    call.status === null ? 'pending' : String(call.status),
    call.durationMs === undefined ? '' : `${Math.round(call.durationMs)} ms`,
    [call.errorCode, call.faults.length > 0 ? `fault ${call.faults.length}` : ''].filter(Boolean).join(' '),
  ]);
  const header = ['seq', 'service', 'operation', 'region', 'status', 'time', 'error'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (row: readonly string[]) =>
    `  ${row.map((cell, column) => pad(cell, widths[column] ?? 0)).join('  ')}`.trimEnd();
  return [
    style.dim(line(header)),
    ...rows.map((row, index) => {
      const failed = (calls[index]?.status ?? 200) >= 400;
      return failed ? style.red(line(row)) : line(row);
    }),
  ].join('\n');
}
