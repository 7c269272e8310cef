import type { UserAction } from './UserTask.js';

/** Why users cannot be managed on an instance now; each reason has its own words. */
export const USER_TASK_REFUSALS = {
  /** Not MySQL, MariaDB, Aurora MySQL, PostgreSQL or Aurora PostgreSQL. */
  engineUnsupported: 'engineUnsupported',
  /** RDS reports no database name for the instance: there is nothing to grant on. */
  noDatabase: 'noDatabase',
  /** The instance's database is one the engine keeps for itself (mysql, template1...). */
  systemDatabase: 'systemDatabase',
  /** Neither MasterSecretTag nor an RDS-managed master secret: user management cannot log in. */
  noMasterSecret: 'noMasterSecret',
  /** The instance is not `available`: `detail` names its status. */
  notAvailable: 'notAvailable',
} as const;
export type UserTaskRefusal = keyof typeof USER_TASK_REFUSALS;

/** user management's code for a user whose secret is not dbvoice's (src/user-management/errors.ts). */
export const NOT_MANAGED = 'NotManagedByDbvoice';
/**
 * The skill's code for a failed execution that found no secret for the user (NotManagedByDbvoice "no
 * secret ..."): database fleet has no such user, whatever the Lambda's code says.
 */
export const NO_MANAGED_USER = 'NoManagedUser';

/** Users cannot be managed on this instance now. Nothing was started when this is thrown. */
export class UserTaskRefused extends Error {
  override readonly name = 'UserTaskRefused';

  constructor(
    readonly reason: UserTaskRefusal,
    readonly action: UserAction,
    readonly instanceName: string,
    readonly region: string,
    readonly detail?: string,
  ) {
    super(`Cannot ${action} on ${instanceName} in ${region}: ${reason}${detail ? ` (${detail})` : ''}`);
  }
}

/** Why a spoken name cannot be a database user name. */
export const USER_NAME_PROBLEMS = {
  /** No name was heard. */
  missing: 'missing',
  /** Characters outside letters, digits and spaces, or not starting with a letter. */
  invalid: 'invalid',
  /** Longer than the engines allow (32). */
  tooLong: 'tooLong',
  /** A name the engine or RDS keeps for itself (root, postgres, rds_..., dbvoice_...). */
  reserved: 'reserved',
} as const;
export type UserNameProblem = keyof typeof USER_NAME_PROBLEMS;

/** The spoken user name is not one user management would accept. Nothing was started. */
export class UserNameRefused extends Error {
  override readonly name = 'UserNameRefused';

  constructor(
    readonly problem: UserNameProblem,
    /** The name as heard, for the answer; never logged by this class. */
    readonly spoken: string,
  ) {
    super(`User name refused: ${problem}`);
  }
}
