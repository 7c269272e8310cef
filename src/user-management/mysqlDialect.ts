import type { AccountDialect, AccountRef } from './accountDialect.js';
import {
  accountExists,
  databaseExists,
  databaseGrants,
  databasePrivileges,
  grantPrivileges,
  revokeAllOnDatabase,
} from './accountQueries.js';
import { UserAlreadyExistsError } from './errors.js';
import type { Role } from './event.js';
import { errnoOf, isAccessDenied, type SqlSession, type SqlStatement } from './mysqlSession.js';
import {
  createUserStatement,
  discardOldPasswordStatement,
  eitherPasswordStatement,
  retainPasswordStatement,
  setPasswordStatement,
} from './passwordStatements.js';
import { ROLE_PRIVILEGES, roleOfPrivileges } from './roles.js';
import { DUAL_PASSWORD, type ServerInfo } from './serverInfo.js';

/** MySQL's "operation CREATE USER failed": the account appeared between our check and our statement. */
const ER_CANNOT_USER = 1396;
/** "There is no such grant defined": REVOKE on a database the account holds nothing on. */
const ER_NONEXISTING_GRANT = 1141;

/** MySQL, Aurora MySQL and MariaDB: accounts are 'user'@'host', roles are database-level privileges. */
export class MysqlDialect implements AccountDialect {
  readonly #session: SqlSession;
  readonly #server: ServerInfo;
  readonly whoAmI: SqlStatement = { sql: 'SELECT CURRENT_USER() AS account' };

  constructor(session: SqlSession, server: ServerInfo) {
    this.#session = session;
    this.#server = server;
  }

  get dualPassword() {
    return this.#server.dualPassword;
  }

  describe(account: AccountRef): string {
    return `'${account.username}'@'${account.host}'`;
  }

  identity(account: AccountRef): string {
    return `${account.username}@${account.host}`;
  }

  isPasswordRefused(error: unknown): boolean {
    return isAccessDenied(error);
  }

  databaseExists(database: string): Promise<boolean> {
    return databaseExists(this.#session, database);
  }

  accountExists(account: AccountRef): Promise<boolean> {
    return accountExists(this.#session, account.username, account.host);
  }

  async createAccount(account: AccountRef, password: string): Promise<void> {
    try {
      await this.#session.query(createUserStatement(this.#server, account, password));
    } catch (error) {
      if (errnoOf(error) === ER_CANNOT_USER) throw new UserAlreadyExistsError(account.username, account.host);
      throw error;
    }
  }

  async dropAccountIfExists(account: AccountRef): Promise<void> {
    // IF EXISTS: after an ambiguous CREATE USER failure the account may or may not be there.
    await this.#session.query({ sql: 'DROP USER IF EXISTS ?@?', values: [account.username, account.host] });
  }

  /** MySQL accounts own nothing a DROP USER would refuse over. */
  async assertDroppable(): Promise<void> {}

  async dropAccount(account: AccountRef): Promise<void> {
    await this.#session.query({ sql: 'DROP USER ?@?', values: [account.username, account.host] });
  }

  grantRole(account: AccountRef, role: Role): Promise<void> {
    return grantPrivileges(
      this.#session,
      this.#server,
      ROLE_PRIVILEGES[role],
      account.username,
      account.host,
      account.database,
    );
  }

  privileges(account: AccountRef): Promise<readonly string[]> {
    return databasePrivileges(this.#session, this.#server, account.username, account.host, account.database);
  }

  roleOf(privileges: readonly string[]) {
    return roleOfPrivileges(privileges);
  }

  revokeAll(account: AccountRef): Promise<void> {
    return revokeAllOnDatabase(this.#session, this.#server, account.username, account.host, account.database);
  }

  async restorePrivileges(account: AccountRef, previous: readonly string[]): Promise<void> {
    try {
      await this.revokeAll(account);
    } catch (error) {
      if (errnoOf(error) !== ER_NONEXISTING_GRANT) throw error;
    }
    const privileges = previous.filter((p) => p !== 'GRANT OPTION');
    if (privileges.length > 0) {
      await grantPrivileges(
        this.#session,
        this.#server,
        privileges,
        account.username,
        account.host,
        account.database,
      );
    }
  }

  grants(account: AccountRef): Promise<string[]> {
    return databaseGrants(this.#session, this.#server, account.username, account.host, account.database);
  }

  alterPasswordStatements(account: AccountRef, oldPassword: string, newPassword: string): SqlStatement[] {
    switch (this.#server.dualPassword) {
      case DUAL_PASSWORD.retain:
        return [retainPasswordStatement(account, newPassword)];
      case DUAL_PASSWORD.either:
        // MariaDB tries each method in turn, so both passwords log in until the old one is retired.
        return [eitherPasswordStatement(account, oldPassword, newPassword)];
      default:
        return [setPasswordStatement(this.#server, account, newPassword)];
    }
  }

  restorePasswordStatements(account: AccountRef, oldPassword: string): SqlStatement[] {
    const set = setPasswordStatement(this.#server, account, oldPassword);
    // Without DISCARD the secondary (new) password would survive MySQL 8's ALTER USER.
    return this.#server.dualPassword === DUAL_PASSWORD.retain
      ? [set, discardOldPasswordStatement(account)]
      : [set];
  }

  retireOldPasswordStatements(account: AccountRef, newPassword: string): SqlStatement[] {
    if (this.#server.dualPassword === DUAL_PASSWORD.retain) return [discardOldPasswordStatement(account)];
    if (this.#server.dualPassword === DUAL_PASSWORD.either) {
      return [setPasswordStatement(this.#server, account, newPassword)];
    }
    return [];
  }
}
