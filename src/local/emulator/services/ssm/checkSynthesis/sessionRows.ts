import type { RunnerRow } from './RunnerResultBlock.js';
import type { RunnerFamily } from './runnerFamily.js';
import type { SyntheticServer } from './SyntheticServer.js';

export type SessionCheck = 'top-cpu' | 'top-memory' | 'top-dbtime';

/** Statements a busy session of each engine might be running; {app} becomes the application's name. */
const STATEMENTS: Readonly<Record<RunnerFamily, readonly string[]>> = {
  oracle: [
    'SELECT /*+ FULL(t) */ COUNT(*) FROM {APP}.TRANSACTIONS t WHERE created_at > :1',
    'INSERT /*+ APPEND */ INTO {APP}.HISTORY SELECT * FROM {APP}.STAGING',
    'UPDATE {APP}.ACCOUNTS SET balance = balance - :1 WHERE account_id = :2',
    'BEGIN DBMS_STATS.GATHER_SCHEMA_STATS(ownname => :1); END;',
    'SELECT e.employee_id, SUM(p.amount) FROM {APP}.PAYMENTS p JOIN {APP}.EMPLOYEES e ON e.id = p.employee_id GROUP BY e.employee_id',
  ],
  mysql: [
    'SELECT o.*, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at > NOW() - INTERVAL 30 DAY ORDER BY o.total DESC',
    "DELETE FROM audit_log WHERE created_at < '2024-01-01' LIMIT 10000",
    'SELECT COUNT(*) FROM page_views WHERE viewed_at >= CURDATE()',
    'INSERT INTO events (type, payload) SELECT type, payload FROM events_staging',
    'UPDATE sessions SET last_seen = NOW() WHERE user_id = 4711',
  ],
  postgres: [
    'SELECT region, product, sum(amount) FROM sales GROUP BY CUBE (region, product, month)',
    "SELECT * FROM orders o JOIN order_lines l USING (order_id) WHERE o.created_at > now() - interval '90 days'",
    'UPDATE load_status SET step = 4 WHERE id = 17',
    'COPY staging.events FROM STDIN WITH (FORMAT csv)',
    'VACUUM (ANALYZE) public.events',
  ],
  sqlserver: [
    'SELECT e.EmployeeId, SUM(l.Amount) FROM dbo.Lines l JOIN dbo.Employees e ON e.EmployeeId = l.EmployeeId GROUP BY e.EmployeeId',
    'EXEC dbo.usp_CloseCurrentPeriod @PeriodId = @P1',
    'ALTER INDEX ALL ON dbo.Lines REBUILD',
    'SELECT TOP (100) * FROM dbo.Contacts ORDER BY LastModified DESC',
    'UPDATE dbo.Employees SET LastLogin = GETDATE() WHERE EmployeeId = @P1',
  ],
};

/** Who is connected: the application's own accounts, a batch job and someone running reports. */
function usersOf(server: SyntheticServer): string[] {
  const app = server.application;
  switch (server.family) {
    case 'oracle':
      return [`${app}_BATCH`, `${app}_APP`, 'REPORTING', `${app}_ETL`].map((u) => u.toUpperCase());
    case 'sqlserver':
      return [`${app}_batch`, `${app}_app`, 'report_user', `${app}_etl`];
    default:
      return [`${app}_batch`, `${app}_app`, 'analyst', `${app}_etl`];
  }
}

const CLIENTS: Readonly<Record<RunnerFamily, readonly string[]>> = {
  oracle: ['batch01', 'app01', 'bi01', 'etl02'],
  sqlserver: ['BATCH-01', 'APP-01', 'BI-01', 'ETL-02'],
  mysql: ['10.0.3.17', '10.0.3.18', '10.0.5.21', '10.0.5.30'],
  postgres: ['10.0.3.17', '10.0.3.18', '10.0.5.21', '10.0.5.30'],
};

interface Session {
  readonly id: string;
  readonly user: string;
  readonly client: string;
  readonly busy: boolean;
  readonly statement: string;
  readonly share: number;
}

/** Two to five sessions, the first the busiest; the others each take a share of its value. */
function sessionsOf(server: SyntheticServer, check: SessionCheck): Session[] {
  const random = server.random(check);
  const users = usersOf(server);
  const clients = CLIENTS[server.family];
  const statements = STATEMENTS[server.family].map((s) =>
    s.replace(/\{APP\}/g, server.application.toUpperCase()),
  );
  const count = 2 + Math.floor(random() * 4);
  // Each session runs something else: consecutive statements from a random starting point.
  const first = Math.floor(random() * statements.length);
  const sessions: Session[] = [];
  let share = 1;
  for (let i = 0; i < count; i++) {
    const pick = Math.floor(random() * 1000);
    const id =
      server.family === 'oracle'
        ? `${20 + ((pick * 7) % 880)},${1 + Math.floor(random() * 60_000)}`
        : server.family === 'sqlserver'
          ? String(51 + ((pick * 3) % 130))
          : String(1000 + Math.floor(random() * 64_000));
    sessions.push({
      id,
      user: users[i % users.length]!,
      client: clients[i % clients.length]!,
      busy: i === 0 || random() < 0.6,
      statement: statements[(first + i) % statements.length]!,
      share,
    });
    share *= 0.15 + random() * 0.6;
  }
  return sessions;
}

interface Reading {
  readonly state: string;
  readonly value: string;
  readonly metric: string;
  /** MySQL's process list shows the client's port too; the Performance Schema does not. */
  readonly withPort?: boolean;
}

/** What each engine's script reports for one session: its state words, its measure and how it prints it. */
function readingOf(server: SyntheticServer, check: SessionCheck, busy: boolean, amount: number): Reading {
  const tenths = amount.toFixed(1);
  const whole = String(Math.round(amount));
  if (server.family === 'oracle') {
    const metric = { 'top-cpu': 'cpu_seconds', 'top-memory': 'memory_bytes', 'top-dbtime': 'db_seconds' }[
      check
    ];
    // TO_CHAR(..., 'FM999999999999990.0') prints bytes with a tenth too.
    return {
      state: busy ? 'ACTIVE' : 'INACTIVE',
      value: check === 'top-memory' ? `${whole}.0` : tenths,
      metric,
    };
  }
  if (server.family === 'mysql') {
    if (check !== 'top-memory') {
      return { state: busy ? 'Query' : 'Execute', value: whole, metric: 'active_seconds', withPort: true };
    }
    // MariaDB reads the process list (idle sessions too), MySQL the Performance Schema.
    const mariadb = server.request.engine === 'mariadb';
    return { state: busy ? 'Query' : 'Sleep', value: whole, metric: 'memory_bytes', withPort: mariadb };
  }
  if (server.family === 'postgres') {
    return check === 'top-dbtime'
      ? { state: busy ? 'active' : 'idle in transaction', value: tenths, metric: 'transaction_seconds' }
      : { state: busy ? 'active' : 'IO:DataFileRead', value: tenths, metric: 'active_seconds' };
  }
  if (check === 'top-memory') {
    return {
      state: busy ? 'running' : 'sleeping',
      value: String(Math.round(amount / 8192) * 8192),
      metric: 'memory_bytes',
    };
  }
  return {
    state: busy ? 'running' : check === 'top-dbtime' ? 'suspended' : 'sleeping',
    value: tenths,
    metric: check === 'top-cpu' ? 'cpu_seconds' : 'active_seconds',
  };
}

/** States in which a session runs nothing, so the scripts find no statement text for it. */
const IDLE = new Set(['INACTIVE', 'sleeping', 'Sleep']);

/**
 * A top-sessions check's rows with the columns of sql-scripts/<family>/top-*.sql, each engine's own
 * measure and states: Oracle's session statistics, MySQL's and PostgreSQL's stand-ins (the longest-running
 * statement or transaction), SQL Server's DMVs. MySQL without the Performance Schema has no memory rows;
 * PostgreSQL has no memory script at all (the runner refuses before this is asked).
 */
export function sessionRows(server: SyntheticServer, check: SessionCheck): RunnerRow[] {
  const random = server.random(`${check}/values`);
  const database = server.userDatabases[0] ?? server.application;
  const mariadb = server.request.engine === 'mariadb';
  if (server.family === 'mysql' && check === 'top-memory' && !mariadb && !server.performanceSchema) return [];
  const top =
    check === 'top-memory'
      ? (8 + random() * 300) * 1024 ** 2
      : check === 'top-cpu'
        ? 60 + random() * 2400
        : 120 + random() * 6000;
  return sessionsOf(server, check).map((session) => {
    const reading = readingOf(server, check, session.busy, top * session.share);
    const port = 30_000 + (Number.parseInt(session.id, 10) % 30_000);
    return {
      session_id: session.id,
      username: session.user,
      client: reading.withPort ? `${session.client}:${port}` : session.client,
      database_name: server.family === 'oracle' ? session.user : database,
      state: reading.state,
      value: reading.value,
      metric: reading.metric,
      sql_text: IDLE.has(reading.state) ? '' : session.statement,
    };
  });
}
