import { ResourceNames } from '../../../contract/ResourceNames.js';
import { SkillEnvironment as ENV } from '../../../contract/SkillEnvironment.js';
import { SkillTuningEnvironment as TUNING } from '../../../contract/SkillTuningEnvironment.js';
import { positiveNumber } from '../config/positiveNumber.js';
import type { CheckFamily } from './checkFamily.js';

/** How the skill runs checks on the bastions (environment variables in readBastionConfig). */
export interface BastionConfig {
  /** Where the bastion unpacks sql-scripts/ (ResourceNames.bastionScriptsDirectory unless set). */
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

/** Reads the bastion settings by the names src/contract shares with the stacks. */
export function readBastionConfig(env: Env): BastionConfig {
  const user = env[ENV.databaseUser] || 'dbvoice_monitor';
  return {
    scriptsDirectory: (env[ENV.scriptsDirectory] || ResourceNames.bastionScriptsDirectory).replace(/\/$/, ''),
    executionTimeoutSeconds: positiveNumber(env[TUNING.checkTimeoutSeconds], 300),
    deliveryTimeoutSeconds: Math.max(30, positiveNumber(env[TUNING.deliveryTimeoutSeconds], 60)),
    dbUsers: {
      oracle: env[TUNING.databaseUserOracle] || user,
      mysql: env[TUNING.databaseUserMysql] || user,
      postgres: env[TUNING.databaseUserPostgres] || user,
      sqlserver: env[TUNING.databaseUserSqlServer] || user,
    },
    storageThresholdPercent: positiveNumber(env[TUNING.storageThresholdPercent], 90),
    answerReserveMs: positiveNumber(env[TUNING.answerReserveMs], 700),
    logLines: Math.min(10_000, positiveNumber(env[TUNING.logLines], 500)),
  };
}
