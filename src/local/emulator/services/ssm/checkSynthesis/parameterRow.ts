import { mysqlParameters } from './mysqlParameters.js';
import { oracleParameters } from './oracleParameters.js';
import { postgresParameters } from './postgresParameters.js';
import type { RunnerRow } from './RunnerResultBlock.js';
import type { SyntheticServer } from './SyntheticServer.js';
import { sqlserverParameters } from './sqlserverParameters.js';

/**
 * The parameter check's row for `name`, or undefined when the server has no such parameter (the real query
 * returns no row, and the runner still says status=ok with rows=0). Every engine compares names without
 * regard to case, as their SQL does (LOWER, lower(), case-insensitive collations).
 */
export function parameterRow(server: SyntheticServer, name: string): RunnerRow | undefined {
  const rows =
    server.family === 'oracle'
      ? oracleParameters(server)
      : server.family === 'postgres'
        ? postgresParameters(server)
        : server.family === 'sqlserver'
          ? sqlserverParameters(server)
          : mysqlParameters(server);
  const wanted = name.toLowerCase();
  return rows.find((row) => (row.name ?? row.variable_name ?? '').toLowerCase() === wanted);
}
