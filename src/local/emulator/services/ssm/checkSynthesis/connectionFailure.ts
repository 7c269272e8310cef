import type { RunCheckRequest } from './RunCheckRequest.js';
import type { RunnerFamily } from './runnerFamily.js';

export type ConnectionProblem =
  | 'unknown-host'
  | 'refused'
  | 'timeout'
  | 'no-database'
  | 'no-connect-privilege';

export interface ConnectionFailure {
  readonly exitCode: number;
  readonly reason: 'unreachable' | 'login-failed' | 'database-missing';
  /** The client's first error lines, squeezed onto one line the way the runner does it. */
  readonly message: string;
  /** Timeouts take the runner's DBVOICE_CONNECT_TIMEOUT (10 s); refusals are quick. */
  readonly elapsedMs: number;
}

const ODBC = 'Sqlcmd: Error: Microsoft ODBC Driver 18 for SQL Server :';

/** The error lines each client prints (mysql, psql, sqlplus, sqlcmd) for each way a connection fails. */
function clientLines(
  family: RunnerFamily,
  problem: ConnectionProblem,
  r: RunCheckRequest,
  ip: string,
): string[] {
  const psql = `psql: error: connection to server at "${r.host}" (${ip}), port ${r.port} failed:`;
  switch (family) {
    case 'mysql':
      return {
        'unknown-host': [`ERROR 2005 (HY000): Unknown MySQL server host '${r.host}' (-2)`],
        refused: [`ERROR 2003 (HY000): Can't connect to MySQL server on '${r.host}:${r.port}' (111)`],
        timeout: [`ERROR 2003 (HY000): Can't connect to MySQL server on '${r.host}:${r.port}' (110)`],
        'no-database': [`ERROR 1049 (42000): Unknown database '${r.database}'`],
        'no-connect-privilege': [
          `ERROR 1044 (42000): Access denied for user '${r.user}'@'%' to database '${r.database}'`,
        ],
      }[problem];
    case 'postgres':
      return {
        'unknown-host': [
          `psql: error: could not translate host name "${r.host}" to address: Name or service not known`,
        ],
        refused: [
          `${psql} Connection refused`,
          '\tIs the server running on that host and accepting TCP/IP connections?',
        ],
        timeout: [
          `${psql} Connection timed out`,
          '\tIs the server running on that host and accepting TCP/IP connections?',
        ],
        'no-database': [`${psql} FATAL:  database "${r.database}" does not exist`],
        'no-connect-privilege': [
          `${psql} FATAL:  permission denied for database "${r.database}"`,
          'DETAIL:  User does not have CONNECT privilege.',
        ],
      }[problem];
    case 'oracle':
      return [
        'ERROR:',
        {
          'unknown-host': 'ORA-12545: Connect failed because target host or object does not exist',
          refused: 'ORA-12541: TNS:no listener',
          timeout: 'ORA-12170: TNS:Connect timeout occurred',
          'no-database':
            'ORA-12514: TNS:listener does not currently know of service requested in connect descriptor',
          'no-connect-privilege': 'ORA-01045: user lacks CREATE SESSION privilege; logon denied',
        }[problem],
        'SP2-0640: Not connected',
      ];
    case 'sqlserver':
      return {
        'unknown-host': [`${ODBC} TCP Provider: Error code 0x2AF9.`, `${ODBC} Login timeout expired.`],
        refused: [
          `${ODBC} TCP Provider: No connection could be made because the target machine actively refused it.`,
          `${ODBC} Login timeout expired.`,
        ],
        timeout: [
          `${ODBC} Login timeout expired.`,
          `${ODBC} TCP Provider: Error code 0x2746.`,
          `${ODBC} A network-related or instance-specific error has occurred while establishing a connection to ${r.host},${r.port}.`,
        ],
        'no-database': [
          `${ODBC} Cannot open database "${r.database}" requested by the login. The login failed..`,
          `${ODBC} Login failed for user '${r.user}'..`,
        ],
        'no-connect-privilege': [`${ODBC} Login failed for user '${r.user}'..`],
      }[problem];
  }
}

/**
 * How run-check ends when the client cannot get in: the exit code and reason its classify_failure gives,
 * and its message (the first three error lines, whitespace squeezed: `tr -s` leaves a trailing space).
 */
export function connectionFailure(
  family: RunnerFamily,
  problem: ConnectionProblem,
  request: RunCheckRequest,
  ip: string,
  quickMs: number,
): ConnectionFailure {
  const message = `${clientLines(family, problem, request, ip).slice(0, 3).join(' ').replace(/\s+/g, ' ')} `;
  const elapsedMs = problem === 'timeout' ? 10_000 + quickMs : quickMs;
  if (problem === 'no-database') return { exitCode: 6, reason: 'database-missing', message, elapsedMs };
  if (problem === 'no-connect-privilege') return { exitCode: 6, reason: 'login-failed', message, elapsedMs };
  return { exitCode: 5, reason: 'unreachable', message, elapsedMs };
}
