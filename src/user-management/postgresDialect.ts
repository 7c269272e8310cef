import pg from 'pg';
import type { AccountDialect, AccountRef } from './accountDialect.js';
import { AccountOwnsObjectsError, UserAlreadyExistsError } from './errors.js';
import { ROLES, type Role } from './event.js';
import type { SqlSession, SqlStatement } from './mysqlSession.js';
import { groupGrantStatements, groupRoleName, quote } from './postgresPrivileges.js';
import { isPostgresLoginRefused, sqlStateOf } from './postgresSession.js';
import type { ObservedRole } from './roles.js';
import { scramSha256Verifier } from './scramVerifier.js';
import { DUAL_PASSWORD } from './serverInfo.js';

/** duplicate_object: CREATE ROLE of a role that exists (another session may have made it meanwhile). */
const DUPLICATE_OBJECT = '42710';
/** At most this many owned objects are named in a refusal; the count covers the rest. */
const NAMED_OBJECTS = 20;

/**
 * PostgreSQL and Aurora PostgreSQL. A dbvoice user is a LOGIN role; its role on a database is membership of
 * one group role (dbvoice_<db>_readonly / _readwrite / _admin) that holds the privileges, so a role
 * change is a REVOKE and a GRANT of membership and list_users reads memberships back. Roles exist
 * cluster-wide and have no host: pg_hba.conf (the parameter group on RDS) decides where they log in from.
 *
 * Passwords reach the server only as SCRAM-SHA-256 verifiers computed here. PostgreSQL keeps one password
 * per role, so a reset is verify-then-switch (see resetPassword and the README): dualPassword is 'none'.
 */
export class PostgresDialect implements AccountDialect {
  readonly #session: SqlSession;
  readonly dualPassword = DUAL_PASSWORD.none;
  readonly whoAmI: SqlStatement = { sql: 'SELECT current_user AS account' };

  constructor(session: SqlSession) {
    this.#session = session;
  }

  describe(account: AccountRef): string {
    return `role ${account.username}`;
  }

  identity(account: AccountRef): string {
    return account.username;
  }

  isPasswordRefused(error: unknown): boolean {
    return isPostgresLoginRefused(error);
  }

  async databaseExists(database: string): Promise<boolean> {
    const rows = await this.#session.query({
      sql: 'SELECT 1 AS found FROM pg_database WHERE datname = $1 AND datallowconn AND NOT datistemplate',
      values: [database],
    });
    return rows.length > 0;
  }

  async accountExists(account: AccountRef): Promise<boolean> {
    return this.#roleExists(account.username);
  }

  async createAccount(account: AccountRef, password: string): Promise<void> {
    try {
      await this.#session.query(this.#passwordStatement('CREATE ROLE', account, password));
    } catch (error) {
      if (sqlStateOf(error) === DUPLICATE_OBJECT) {
        throw new UserAlreadyExistsError(account.username, account.host);
      }
      throw error;
    }
  }

  async dropAccountIfExists(account: AccountRef): Promise<void> {
    await this.#session.query({ sql: `DROP ROLE IF EXISTS ${quote(account.username)}` });
  }

  /**
   * DROP ROLE, which PostgreSQL refuses while the role owns objects or holds privileges granted to it
   * directly; the refusal is made up front with their names (AccountOwnsObjectsError) unless reassignOwned
   * is asked for. Then, in one transaction (one simple-protocol query is one implicit transaction), the
   * objects in this database go to the master user, the role's remaining privileges here are dropped, and
   * the role with them: all or nothing. REASSIGN/DROP OWNED need the privileges of the role itself, which
   * a CREATEROLE master (RDS's, rds_superuser included) lacks until it grants itself membership; the
   * membership goes with the role.
   */
  async dropAccount(account: AccountRef, options: { readonly reassignOwned: boolean }): Promise<void> {
    const role = quote(account.username);
    await this.#session.query({
      sql: options.reassignOwned
        ? `GRANT ${role} TO CURRENT_USER; REASSIGN OWNED BY ${role} TO CURRENT_USER; DROP OWNED BY ${role}; DROP ROLE ${role}`
        : `DROP ROLE ${role}`,
    });
  }

  /** Refuses, naming them, a role that owns objects or holds privileges outside its dbvoice group. */
  async assertDroppable(account: AccountRef, options: { readonly reassignOwned: boolean }): Promise<void> {
    const rows = await this.#session.query({
      sql:
        "SELECT s.deptype AS kind, COALESCE(d.datname, '') AS database, s.dbid = 0 AS shared, " +
        '(s.dbid = 0 OR d.datname = current_database()) AS here, ' +
        'CASE WHEN s.dbid = 0 OR d.datname = current_database() ' +
        'THEN pg_describe_object(s.classid, s.objid, s.objsubid) END AS object ' +
        'FROM pg_shdepend s JOIN pg_roles r ON r.oid = s.refobjid ' +
        'LEFT JOIN pg_database d ON d.oid = s.dbid ' +
        "WHERE s.refclassid = 'pg_authid'::regclass AND r.rolname = $1 AND s.deptype IN ('o', 'a', 'r') " +
        'ORDER BY 2, 5',
      values: [account.username],
    });
    if (rows.length === 0) return;
    // REASSIGN OWNED and DROP OWNED reach this database and shared objects only.
    const elsewhere = rows.filter((row) => row.here !== true);
    if (options.reassignOwned && elsewhere.length === 0) return;
    const named = rows
      .filter((row) => row.here === true)
      .map((row) => `${row.kind === 'o' ? 'owns' : 'holds privileges on'} ${String(row.object)}`);
    const otherDatabases = [...new Set(elsewhere.map((row) => String(row.database)))];
    throw new AccountOwnsObjectsError(account.username, {
      objects: named.slice(0, NAMED_OBJECTS),
      objectCount: named.length,
      otherDatabases,
      reassignable: otherDatabases.length === 0,
    });
  }

  async grantRole(account: AccountRef, role: Role): Promise<void> {
    const group = groupRoleName(account.database, role);
    const statements = [
      ...((await this.#roleExists(group)) ? [] : [`CREATE ROLE ${quote(group)} NOLOGIN`]),
      ...groupGrantStatements(account.database, await this.#schemas(), role),
      `GRANT ${quote(group)} TO ${quote(account.username)}`,
    ];
    try {
      // One implicit transaction: the group's privileges and the membership arrive together or not at all.
      await this.#session.query({ sql: statements.join('; ') });
    } catch (error) {
      // Another session created the group between the check and CREATE ROLE: grant without creating it.
      if (sqlStateOf(error) !== DUPLICATE_OBJECT || !statements[0]?.startsWith('CREATE ROLE')) throw error;
      await this.#session.query({ sql: statements.slice(1).join('; ') });
    }
  }

  /** The dbvoice roles the account is a member of on this database ('readonly', ...). */
  async privileges(account: AccountRef): Promise<readonly string[]> {
    const groups = ROLES.map((role) => groupRoleName(account.database, role));
    const rows = await this.#session.query({
      sql:
        'SELECT g.rolname AS name FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid ' +
        'JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = $1 AND g.rolname = ANY($2::text[])',
      values: [account.username, groups],
    });
    const held = new Set(rows.map((row) => String(row.name)));
    return ROLES.filter((role) => held.has(groupRoleName(account.database, role)));
  }

  roleOf(privileges: readonly string[]): ObservedRole {
    if (privileges.length === 0) return 'none';
    if (privileges.length > 1) return 'custom';
    return privileges[0] as Role;
  }

  async revokeAll(account: AccountRef): Promise<void> {
    const held = await this.privileges(account);
    if (held.length === 0) return;
    const groups = held.map((role) => quote(groupRoleName(account.database, role as Role)));
    await this.#session.query({ sql: `REVOKE ${groups.join(', ')} FROM ${quote(account.username)}` });
  }

  async restorePrivileges(account: AccountRef, previous: readonly string[]): Promise<void> {
    await this.revokeAll(account);
    for (const role of previous) await this.grantRole(account, role as Role);
  }

  async grants(account: AccountRef): Promise<string[]> {
    return (await this.privileges(account)).map(
      (role) => `GRANT ${quote(groupRoleName(account.database, role as Role))} TO ${quote(account.username)}`,
    );
  }

  alterPasswordStatements(account: AccountRef, _oldPassword: string, newPassword: string): SqlStatement[] {
    return [this.#passwordStatement('ALTER ROLE', account, newPassword)];
  }

  restorePasswordStatements(account: AccountRef, oldPassword: string): SqlStatement[] {
    return [this.#passwordStatement('ALTER ROLE', account, oldPassword)];
  }

  retireOldPasswordStatements(): SqlStatement[] {
    return [];
  }

  /**
   * CREATE/ALTER ROLE take no bind parameters, so the verifier is a literal escaped by pg. It is the
   * SCRAM verifier, never the password: a statement log shows what pg_authid holds anyway.
   */
  #passwordStatement(
    verb: 'CREATE ROLE' | 'ALTER ROLE',
    account: AccountRef,
    password: string,
  ): SqlStatement {
    const verifier = scramSha256Verifier(password);
    const login = verb === 'CREATE ROLE' ? 'LOGIN ' : '';
    return {
      sql: `${verb} ${quote(account.username)} WITH ${login}PASSWORD ${pg.escapeLiteral(verifier)}`,
      secrets: [password, verifier],
    };
  }

  async #roleExists(name: string): Promise<boolean> {
    const rows = await this.#session.query({
      sql: 'SELECT 1 AS found FROM pg_roles WHERE rolname = $1',
      values: [name],
    });
    return rows.length > 0;
  }

  /** The database's own schemas: not the catalogs, nor those RDS installs for its extensions. */
  async #schemas(): Promise<string[]> {
    const rows = await this.#session.query({
      sql:
        "SELECT nspname AS name FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' " +
        "AND nspname <> 'information_schema' AND pg_get_userbyid(nspowner) <> 'rdsadmin' ORDER BY 1",
    });
    return rows.map((row) => String(row.name));
  }
}
