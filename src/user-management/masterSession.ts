import type { AccountDialect } from './accountDialect.js';
import type { ActionDeps } from './deps.js';
import { ENGINE_FAMILY } from './engine.js';
import { DatabaseConnectionError, DatabaseNotFoundError, ValidationError } from './errors.js';
import type { DatabaseTarget } from './event.js';
import { type MasterCredentials, readMasterCredentials } from './masterCredentials.js';
import { MysqlDialect } from './mysqlDialect.js';
import {
  isFatal,
  type SqlLogin,
  type SqlSession,
  type SqlSessionFactory,
  type SqlStatement,
} from './mysqlSession.js';
import { PostgresDialect } from './postgresDialect.js';
import { probeServer } from './serverInfo.js';

export interface MasterSession {
  readonly session: SqlSession;
  readonly dialect: AccountDialect;
  readonly master: MasterCredentials;
}

/** invalid_catalog_name: PostgreSQL's answer to a login into a database that does not exist. */
const INVALID_CATALOG_NAME = '3D000';

/**
 * Logs in with the master secret, learns what the server supports and checks the database exists, then
 * runs `work`; the connection is closed whatever happens.
 */
export async function withMasterSession<T>(
  deps: ActionDeps,
  target: DatabaseTarget & { readonly username?: string; readonly host?: string },
  work: (master: MasterSession) => Promise<T>,
): Promise<T> {
  const master = await readMasterCredentials(deps.secrets, target.masterSecretId, deps.resolveEndpoint);
  if (target.username !== undefined && target.username === master.username) {
    // Managing the master login here would desynchronise the master secret.
    throw new ValidationError('username', 'is the master user of this server');
  }
  const postgres = master.family === ENGINE_FAMILY.postgres;
  if (postgres && target.host !== undefined && target.host !== '%') {
    throw new ValidationError(
      'host',
      'PostgreSQL roles have no host part (pg_hba.conf, the parameter group on RDS, decides where they log in from); leave host empty',
    );
  }
  const login: SqlLogin = {
    engine: master.family,
    host: master.host,
    port: master.port,
    user: master.username,
    password: master.password,
    // PostgreSQL grants live in each database, so the master session works inside the target one.
    ...(postgres ? { database: target.database } : {}),
  };
  let session: ReconnectingSession;
  try {
    session = await ReconnectingSession.open(deps.connect, login);
  } catch (error) {
    if (error instanceof DatabaseConnectionError && error.details.code === INVALID_CATALOG_NAME) {
      throw new DatabaseNotFoundError(target.database);
    }
    throw error;
  }
  try {
    const dialect = postgres
      ? new PostgresDialect(session)
      : new MysqlDialect(session, await probeServer(session));
    if (!(await dialect.databaseExists(target.database))) throw new DatabaseNotFoundError(target.database);
    deps.logger.debug('connected', { engine: master.engine });
    return await work({ session, dialect, master });
  } finally {
    await session.close();
  }
}

/**
 * After a fatal error (a timeout, a dropped socket) the next statement gets a fresh connection, so undo
 * steps still run after the very failure they undo. A failed statement is never re-sent.
 */
class ReconnectingSession implements SqlSession {
  readonly #connect: SqlSessionFactory;
  readonly #login: SqlLogin;
  #current: SqlSession;
  #broken = false;

  private constructor(connect: SqlSessionFactory, login: SqlLogin, first: SqlSession) {
    this.#connect = connect;
    this.#login = login;
    this.#current = first;
  }

  static async open(connect: SqlSessionFactory, login: SqlLogin): Promise<ReconnectingSession> {
    return new ReconnectingSession(connect, login, await connect(login));
  }

  async query(statement: SqlStatement) {
    if (this.#broken) {
      await this.#current.close();
      this.#current = await this.#connect(this.#login);
      this.#broken = false;
    }
    try {
      return await this.#current.query(statement);
    } catch (error) {
      if (isFatal(error)) this.#broken = true;
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.#current.close();
  }
}
