import { positiveNumber } from '../config/positiveNumber.js';
import type { CheckFamily } from './checkFamily.js';

/** How the skill runs checks on the bastions (environment variables in readBastionConfig). */
export interface BastionConfig {
  /** Where the bastion unpacks sql-scripts/ (lib/config/resourceNames.ts bastionScriptsDirectory). */
  readonly scriptsDirectory: string;
  /** The SSM document's executionTimeout: the runner's own limits (120 s query, AWS calls) fit inside. */
  readonly executionTimeoutSeconds: number;
  /** SendCommand TimeoutSeconds: how long SSM tries to deliver to an unreachable bastion (minimum 30). */
  readonly deliveryTimeoutSeconds: number;
  /** The database user the runner logs in as, per engine family. */
  readonly dbUsers: Readonly<Record<CheckFamily, string>>;
  /** Tablespaces (or the whole instance) at or above this percentage are spoken as "over". */
  readonly storageThresholdPercent: number;
  /** How much of the request budget is kept for building the answer after the last poll. */
  readonly answerReserveMs: number;
  /** How many lines of a log CheckLog reads from the end. */
  readonly logLines: number;
}

type Env = Record<string, string | undefined>;

export function readBastionConfig(env: Env): BastionConfig {
  const user = env.DBVOICE_DB_USER || 'dbvoice_monitor';
  return {
    scriptsDirectory: (env.DBVOICE_SCRIPTS_DIR || '/opt/dbvoice/sql-scripts').replace(/\/$/, ''),
    executionTimeoutSeconds: positiveNumber(env.DBVOICE_CHECK_TIMEOUT_SECONDS, 300),
    deliveryTimeoutSeconds: Math.max(30, positiveNumber(env.DBVOICE_DELIVERY_TIMEOUT_SECONDS, 60)),
    dbUsers: {
      oracle: env.DBVOICE_DB_USER_ORACLE || user,
      mysql: env.DBVOICE_DB_USER_MYSQL || user,
      postgres: env.DBVOICE_DB_USER_POSTGRES || user,
      sqlserver: env.DBVOICE_DB_USER_SQLSERVER || user,
    },
    storageThresholdPercent: positiveNumber(env.DBVOICE_STORAGE_THRESHOLD, 90),
    answerReserveMs: positiveNumber(env.DBVOICE_ANSWER_RESERVE_MS, 700),
    logLines: Math.min(10_000, positiveNumber(env.DBVOICE_LOG_LINES, 500)),
  };
}
