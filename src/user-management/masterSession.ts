import { databaseExists } from './accountQueries.js';
import type { ActionDeps } from './deps.js';
import { DatabaseNotFoundError, ValidationError } from './errors.js';
import type { DatabaseTarget } from './event.js';
import { type MasterCredentials, readMasterCredentials } from './masterCredentials.js';
import {
  isFatal,
  type SqlLogin,
  type SqlSession,
  type SqlSessionFactory,
  type SqlStatement,
} from './mysqlSession.js';
import { probeServer, type ServerInfo } from './serverInfo.js';

export interface MasterSession {
  readonly session: SqlSession;
  readonly server: ServerInfo;
  readonly master: MasterCredentials;
}

/**
 * Logs in with the master secret, learns what the server supports and checks the database exists, then
 * runs `work`; the connection is closed whatever happens.
 */
export async function withMasterSession<T>(
  deps: ActionDeps,
  target: DatabaseTarget & { readonly username?: string },
  work: (master: MasterSession) => Promise<T>,
): Promise<T> {
  const master = await readMasterCredentials(deps.secrets, target.masterSecretId, deps.resolveEndpoint);
  if (target.username !== undefined && target.username === master.username) {
    // Managing the master login here would desynchronise the master secret.
    throw new ValidationError('username', 'is the master user of this server');
  }
  const session = await ReconnectingSession.open(deps.connect, {
    host: master.host,
    port: master.port,
    user: master.username,
    password: master.password,
  });
  try {
    const server = await probeServer(session);
    if (!(await databaseExists(session, target.database))) throw new DatabaseNotFoundError(target.database);
    deps.logger.debug('connected', { server: server.version, flavor: server.flavor });
    return await work({ session, server, master });
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
