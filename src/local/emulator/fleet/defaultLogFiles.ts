import type { EngineFamily } from '../services/rds/engineFamily.js';
import type { LogFileRecord } from '../state/RegionState.js';
import { defaultLogErrors } from './defaultLogErrors.js';
import { generateLogLines } from './generateLogLines.js';
import { generateSlowQueryLines } from './generateSlowQueryLines.js';

const hourName = (at: Date): string => at.toISOString().slice(0, 13).replace('T', '-');

/**
 * The files RDS shows for an engine when the fleet file lists none: the error log has a few errors, and a
 * MySQL/MariaDB slow query log holds slow-query entries (not error-log lines).
 */
export function defaultLogFiles(family: EngineFamily, identifier: string, seededAt: Date): LogFileRecord[] {
  const errors = defaultLogErrors[family];
  const make = (name: string, lines: number, withErrors: boolean, endAt = seededAt): LogFileRecord => ({
    name,
    lines: generateLogLines(family, lines, withErrors ? errors : [], endAt, `${identifier}/${name}`),
    lastWritten: endAt,
  });
  switch (family) {
    case 'oracle':
      return [make('trace/alert_ORCL.log', 400, true), make('trace/listener.log', 120, false)];
    case 'sqlserver':
      return [make('log/ERROR', 300, true), make('log/SQLAgent.out', 80, false)];
    case 'postgres': {
      const previousHour = new Date(seededAt.getTime() - 3_600_000);
      return [
        make(`error/postgresql.log.${hourName(previousHour)}`, 240, false, previousHour),
        make(`error/postgresql.log.${hourName(seededAt)}`, 300, true),
      ];
    }
    default:
      return [
        make('error/mysql-error.log', 300, true),
        {
          name: 'slowquery/mysql-slowquery.log',
          lines: generateSlowQueryLines(12, seededAt, `${identifier}/slowquery`),
          lastWritten: seededAt,
        },
      ];
  }
}
