import type { AccountTarget, Role } from './event.js';
import type { SqlStatement } from './mysqlSession.js';
import type { ObservedRole } from './roles.js';
import type { DualPasswordSupport } from './serverInfo.js';

/** The account an action is about: a name (and, on MySQL, a host) on one database. */
export type AccountRef = Pick<AccountTarget, 'username' | 'host' | 'database'>;

/**
 * What the actions ask of the server, in the words of one engine family (one instance per master
 * session). The actions keep the sequencing, undo and truth-reading; a dialect only knows the SQL.
 * Privilege snapshots are opaque tokens the same dialect reads back and restores.
 */
export interface AccountDialect {
  /** MySQL's 'user'@'host', PostgreSQL's role name: how messages name the account. */
  describe(account: AccountRef): string;
  databaseExists(database: string): Promise<boolean>;
  accountExists(account: AccountRef): Promise<boolean>;
  /** Creates the login with the password; UserAlreadyExistsError when the server says it exists. */
  createAccount(account: AccountRef, password: string): Promise<void>;
  /** Undo of createAccount, safe whether or not it ran. */
  dropAccountIfExists(account: AccountRef): Promise<void>;
  /**
   * delete_user's statement(s). reassignOwned (PostgreSQL only) hands the role's objects to the master
   * user first.
   */
  dropAccount(account: AccountRef, options: { readonly reassignOwned: boolean }): Promise<void>;
  /** Refuses (nothing changed yet) an account dropAccount could not drop as asked. */
  assertDroppable(account: AccountRef, options: { readonly reassignOwned: boolean }): Promise<void>;
  grantRole(account: AccountRef, role: Role): Promise<void>;
  /** What the account holds on the database now, as tokens restorePrivileges understands. */
  privileges(account: AccountRef): Promise<readonly string[]>;
  roleOf(privileges: readonly string[]): ObservedRole;
  revokeAll(account: AccountRef): Promise<void>;
  restorePrivileges(account: AccountRef, previous: readonly string[]): Promise<void>;
  /** Human-readable grants for results (never a password or hash). */
  grants(account: AccountRef): Promise<string[]>;

  /** How the server keeps the old password working during a reset. */
  readonly dualPassword: DualPasswordSupport;
  /** The statement that gives the account its new password while (where possible) keeping the old. */
  alterPasswordStatements(account: AccountRef, oldPassword: string, newPassword: string): SqlStatement[];
  /** Back to the old password as the only one (idempotent). */
  restorePasswordStatements(account: AccountRef, oldPassword: string): SqlStatement[];
  /** After promotion: the old password stops (no statements where the server never kept it). */
  retireOldPasswordStatements(account: AccountRef, newPassword: string): SqlStatement[];
  /** Asked on a session opened as the account: which account did the login land on. */
  readonly whoAmI: SqlStatement;
  /** What whoAmI must answer for this account. */
  identity(account: AccountRef): string;
  /** True when a failed login says the server refused this password (not an outage). */
  isPasswordRefused(error: unknown): boolean;
}
