import type { InstanceRecord } from '../../../state/RegionState.js';
import type { RunCheckRequest } from './RunCheckRequest.js';
import type { RunnerFamily } from './runnerFamily.js';

/** The database a synthesised check "connects" to: the fleet's instance, seen from the bastion. */
export interface SyntheticServer {
  readonly request: RunCheckRequest;
  readonly family: RunnerFamily;
  readonly instance: InstanceRecord;
  /** What the server reports as its version (serverVersion). */
  readonly version: string;
  /** An Aurora reader: MySQL's innodb_read_only, PostgreSQL in recovery. */
  readonly readOnly: boolean;
  readonly memoryBytes: number;
  /** Lower-case word for schemas, users and tables: the application tag, else the database name. */
  readonly application: string;
  /** The application's databases (schemas on MySQL), largest first; Oracle keeps them in tablespaces. */
  readonly userDatabases: readonly string[];
  /** What the data takes: allocated storage less the free-storage metric, or the Aurora cluster volume. */
  readonly usedStorageBytes: number;
  /** MySQL's Performance Schema, which RDS turns on with Performance Insights. */
  readonly performanceSchema: boolean;
  /** Since the last reboot in the emulator, else a stable number of days. */
  readonly uptimeSeconds: number;
  /** The instance's address in the VPC, stable per instance. */
  readonly privateIp: string;
  /** A generator seeded with the instance and `salt`: the same answer every time. */
  readonly random: (salt: string) => () => number;
}
