import type { CheckOutput } from './CheckOutput.js';

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A stray % from a client message: keep the text as it came rather than lose the whole result.
    return value;
  }
}

function pairs(text: string): Record<string, string> {
  const record: Record<string, string> = {};
  for (const token of text.split(' ')) {
    const at = token.indexOf('=');
    if (at > 0) record[token.slice(0, at)] = decode(token.slice(at + 1));
  }
  return record;
}

/**
 * Reads the runner's result block out of a command's standard output. Anything around the block (shell
 * noise, SSM's own lines) is ignored; the last block wins.
 */
export function parseCheckOutput(stdout: string): CheckOutput {
  let fields: Record<string, string> = {};
  let rows: Record<string, string>[] = [];
  let complete = false;
  let inside = false;
  for (const rawLine of stdout.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line.startsWith('DBVOICE_BEGIN')) {
      fields = {};
      rows = [];
      complete = false;
      inside = true;
    } else if (!inside) {
    } else if (line.startsWith('DBVOICE_RESULT ')) {
      Object.assign(fields, pairs(line.slice('DBVOICE_RESULT '.length)));
    } else if (line.startsWith('DBVOICE_ROW ')) {
      rows.push(pairs(line.slice('DBVOICE_ROW '.length)));
    } else if (line === 'DBVOICE_END') {
      complete = true;
      inside = false;
    }
  }
  return { complete, fields, rows };
}
