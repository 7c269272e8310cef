import type { CheckFamily } from '../bastion/checkFamily.js';
import type { LogTypeId } from '../vocabulary.js';
import type { LogSummary } from './LogSummary.js';

/** An error line per engine family, and where its message starts. */
const ERROR_LINE: Record<CheckFamily, RegExp> = {
  oracle: /\b(?:ORA|TNS)-\d{5}\b/,
  mysql: /\[ERROR\]/,
  postgres: /\b(?:ERROR|FATAL|PANIC):\s/,
  sqlserver: /\bError: \d+, Severity: \d+/,
};

const SPOKEN_MESSAGE_CHARS = 160;

/** Punctuation read aloud badly becomes pauses; long messages stop at a word. */
function forSpeech(message: string): string {
  const text = message
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[:;]+/g, ',')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,.]+$/g, '');
  if (text.length <= SPOKEN_MESSAGE_CHARS) return text;
  const cut = text.slice(0, SPOKEN_MESSAGE_CHARS);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,]+$/, '');
}

/** The words of an error line: from the error code on, without timestamps and process ids. */
function messageOf(family: CheckFamily, lines: readonly string[], index: number): string {
  const line = lines[index]!;
  switch (family) {
    case 'oracle': {
      // "ORA-01555: snapshot too old: rollback segment ..." is spoken as "ORA-01555 snapshot too old", and
      // "ORA-00060: Deadlock detected. See Note 60.1 ..." as "ORA-00060 Deadlock detected".
      const [, code, text] = /((?:ORA|TNS)-\d{5}):?\s*([^:]*)/.exec(line) ?? [];
      return `${code} ${(text ?? '').split(/\.\s/)[0]}`;
    }
    case 'mysql':
      return line.slice(line.indexOf('[ERROR]') + '[ERROR]'.length);
    case 'postgres': {
      const [, severity, text] = /\b(ERROR|FATAL|PANIC):\s+(.*)$/.exec(line) ?? [];
      return `${severity?.toLowerCase()}: ${text ?? ''}`;
    }
    case 'sqlserver': {
      // "Error: 18456, Severity: 14, State: 8." then the description on the next line of the same source.
      const code = /Error: (\d+)/.exec(line)?.[1];
      const next = (lines[index + 1] ?? '').replace(/^\S+ \S+\s+\S+\s+/, '');
      return `Error ${code}. ${next}`;
    }
  }
}

/**
 * Counts the errors in a log's tail with the engine's patterns and picks the newest one's message. Slow
 * query logs have no errors: their entries are counted and the slowest Query_time is kept instead.
 */
export function summarizeLog(family: CheckFamily, logType: LogTypeId, lines: readonly string[]): LogSummary {
  if (logType === 'slowquery') {
    const times = lines
      .map((line) => /^# Query_time:\s*([\d.]+)/.exec(line)?.[1])
      .filter((time): time is string => time !== undefined)
      .map(Number);
    return {
      lines: lines.length,
      errors: 0,
      slowQueries: { count: times.length, slowestSeconds: times.length > 0 ? Math.max(...times) : undefined },
    };
  }
  const pattern = ERROR_LINE[family];
  let errors = 0;
  let latest: number | undefined;
  lines.forEach((line, index) => {
    if (pattern.test(line)) {
      errors += 1;
      latest = index;
    }
  });
  return {
    lines: lines.length,
    errors,
    ...(latest !== undefined ? { latest: forSpeech(messageOf(family, lines, latest)) } : {}),
  };
}
