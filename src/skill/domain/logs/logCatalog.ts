import type { CheckFamily } from '../bastion/checkFamily.js';
import type { LogTypeId } from '../vocabulary.js';

/** How to recognise one log type's files in DescribeDBLogFiles: a name pattern and a cheap server-side filter. */
export interface LogFileKind {
  readonly match: RegExp;
  /** FilenameContains, when the name has a fixed, case-stable part. */
  readonly contains?: string;
}

const ORACLE_ALERT: LogFileKind = { match: /^trace\/alert_[^/]+\.log$/, contains: 'alert_' };
const MYSQL_ERROR: LogFileKind = { match: /^error\/mysql-error/, contains: 'mysql-error' };
const POSTGRES_LOG: LogFileKind = { match: /^error\/postgres(ql)?\.log/, contains: 'postgres' };
const SQLSERVER_ERROR: LogFileKind = { match: /^log\/ERROR(\.\d+)?$/i, contains: 'ERROR' };

/**
 * The log files RDS keeps per engine family and log type (RDS User Guide, "Monitoring log files"). An
 * "error log" means each engine's own: Oracle's alert log, PostgreSQL's log. Rotated copies match too; the
 * newest one written wins.
 */
export const LOG_CATALOG: Readonly<Record<CheckFamily, Partial<Record<LogTypeId, LogFileKind>>>> = {
  oracle: {
    alert: ORACLE_ALERT,
    error: ORACLE_ALERT,
    listener: { match: /^trace\/listener[^/]*\.log$/, contains: 'listener' },
    trace: { match: /^trace\/[^/]+\.trc$/, contains: '.trc' },
    audit: { match: /^audit\/[^/]+\.aud$/, contains: '.aud' },
  },
  mysql: {
    error: MYSQL_ERROR,
    slowquery: { match: /^slowquery\/mysql-slowquery/, contains: 'mysql-slowquery' },
    general: { match: /^general\/mysql-general/, contains: 'mysql-general' },
    audit: { match: /^audit\/(server_)?audit/, contains: 'audit' },
  },
  postgres: {
    postgresql: POSTGRES_LOG,
    error: POSTGRES_LOG,
  },
  sqlserver: {
    error: SQLSERVER_ERROR,
    // SQLAGENT.OUT on RDS; the case varies between tools, so no server-side filter.
    agent: { match: /^log\/SQLAGENT\.(OUT|\d+)$/i },
    trace: { match: /^log\/[^/]+\.trc$/i, contains: '.trc' },
  },
};
