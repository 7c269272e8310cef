/**
 * Builds the real handler for tests: an in-memory Secrets Manager, a recording (and fault-injecting)
 * wrapper around any SqlSessionFactory, and a Powertools Logger whose output the test can read.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { vi } from 'vitest';
import type { UserManagementConfig } from '../../../../src/user-management/config.js';
import { DatabaseConnectionError, DatabaseError } from '../../../../src/user-management/errors.js';
import { createHandler, type UserManagementHandler } from '../../../../src/user-management/handler.js';
import type {
  SqlLogin,
  SqlSession,
  SqlSessionFactory,
  SqlStatement,
} from '../../../../src/user-management/mysqlSession.js';
import { createMysqlSessionFactory } from '../../../../src/user-management/mysqlSession.js';
import { generatePassword as realPassword } from '../../../../src/user-management/passwordGenerator.js';
import type { EndpointResolver } from '../../../../src/user-management/rdsEndpointResolver.js';
import { InMemorySecretsManager } from './InMemorySecretsManager.js';

export const MASTER_SECRET_NAME = 'rds-master-credentials';

export interface RecordedStatement {
  readonly user: string;
  readonly sql: string;
  readonly values: readonly unknown[];
}

interface StatementFault {
  readonly match: (statement: RecordedStatement) => boolean;
  readonly afterRun: boolean;
  readonly error: () => Error;
  remaining: number;
}

/**
 * Wraps a factory: records every login and statement, and fails chosen statements (before they reach the
 * server, or after they ran, as a lost reply would).
 */
export class StatementRecorder {
  readonly logins: SqlLogin[] = [];
  readonly statements: RecordedStatement[] = [];
  readonly #faults: StatementFault[] = [];
  readonly factory: SqlSessionFactory;

  constructor(inner: SqlSessionFactory) {
    this.factory = async (login) => {
      this.logins.push(login);
      if (this.#take({ user: login.user, sql: '<login>', values: [] })) {
        throw new DatabaseConnectionError(`cannot log in as ${login.user}: injected login failure`);
      }
      const session = await inner(login);
      return this.#wrap(session, login.user);
    };
  }

  /** The next `times` statements matching `pattern` fail with a server-like DatabaseError. */
  failStatement(
    pattern: RegExp,
    options: { times?: number; afterRun?: boolean; errno?: number; fatal?: boolean } = {},
  ): void {
    this.#faults.push({
      match: (s) => pattern.test(s.sql),
      afterRun: options.afterRun ?? false,
      error: () =>
        new DatabaseError('injected failure', {
          details: {
            statement: 'injected',
            errno: options.errno ?? 1105,
            code: 'ER_UNKNOWN_ERROR',
            ...(options.fatal ? { fatal: true } : {}),
          },
        }),
      remaining: options.times ?? 1,
    });
  }

  /** The next login as `user` fails as a refused login would. */
  failLogin(user: string): void {
    this.#faults.push({
      match: (s) => s.sql === '<login>' && s.user === user,
      afterRun: false,
      error: () => new DatabaseConnectionError('injected login failure'),
      remaining: 1,
    });
  }

  /** Statements other than the read-only probes every action starts with. */
  writes(): RecordedStatement[] {
    return this.statements.filter((s) => /^(CREATE|DROP|ALTER|GRANT|REVOKE|SET|RENAME)\b/i.test(s.sql));
  }

  #take(statement: RecordedStatement): StatementFault | undefined {
    const fault = this.#faults.find((f) => f.remaining > 0 && f.match(statement));
    if (fault) fault.remaining -= 1;
    return fault;
  }

  #wrap(session: SqlSession, user: string): SqlSession {
    return {
      query: async (statement: SqlStatement) => {
        const recorded = { user, sql: statement.sql, values: statement.values ?? [] };
        this.statements.push(recorded);
        const fault = this.#take(recorded);
        if (fault && !fault.afterRun) throw fault.error();
        const rows = await session.query(statement);
        if (fault) throw fault.error();
        return rows;
      },
      close: () => session.close(),
    };
  }
}

/** Collects everything a Powertools Logger writes (it writes to process.stdout/stderr directly). */
export class LogCapture {
  readonly lines: string[] = [];
  #restore: (() => void) | undefined;

  start(): void {
    const collect = (chunk: unknown) => {
      this.lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return true;
    };
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(collect as typeof process.stdout.write);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(collect as typeof process.stderr.write);
    this.#restore = () => {
      out.mockRestore();
      err.mockRestore();
    };
  }

  stop(): void {
    this.#restore?.();
    this.#restore = undefined;
  }

  text(): string {
    return this.lines.join('');
  }
}

export const TEST_CONFIG: UserManagementConfig = {
  tls: false,
  connectTimeoutMs: 2_000,
  queryTimeoutMs: 5_000,
  rotationDays: 30,
  recoveryWindowDays: 7,
};

export interface Harness {
  readonly handler: UserManagementHandler;
  readonly secrets: InMemorySecretsManager;
  readonly recorder: StatementRecorder;
  readonly logs: LogCapture;
  /** Every password the handler generated, in order. */
  readonly passwords: string[];
}

export function createHarness(
  options: {
    /** The local MariaDB (TEST_CONFIG's session settings) unless a test brings its own server. */
    readonly connect?: SqlSessionFactory;
    readonly master?: Record<string, unknown>;
    readonly masterPolicy?: string;
    readonly config?: Partial<UserManagementConfig>;
    readonly resolveEndpoint?: EndpointResolver;
    /** SILENT keeps test output readable; the log-leak tests turn it up to DEBUG and capture it. */
    readonly logLevel?: 'DEBUG' | 'SILENT';
  } = {},
): Harness {
  const secrets = new InMemorySecretsManager();
  secrets.seed(
    MASTER_SECRET_NAME,
    JSON.stringify(
      options.master ?? { engine: 'mariadb', host: '127.0.0.1', port: 3306, username: 'root', password: '' },
    ),
    {},
    options.masterPolicy,
  );
  const recorder = new StatementRecorder(options.connect ?? createMysqlSessionFactory(TEST_CONFIG));
  const logs = new LogCapture();
  const passwords: string[] = [];
  const handler = createHandler({
    secretsManager: secrets.client,
    connect: recorder.factory,
    ...(options.resolveEndpoint ? { resolveEndpoint: options.resolveEndpoint } : {}),
    logger: new Logger({ serviceName: 'user-management-test', logLevel: options.logLevel ?? 'SILENT' }),
    config: { ...TEST_CONFIG, ...options.config },
    generatePassword: () => {
      // The real generator, recorded so tests can look for leaks.
      const password = realPassword();
      passwords.push(password);
      return password;
    },
  });
  return { handler, secrets, recorder, logs, passwords };
}

/** The parsed structured failure a rejected invocation carries. */
export async function failureOf(
  promise: Promise<unknown>,
): Promise<{ name: string; error: string; message: string; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (thrown) {
    const error = thrown as Error;
    return { name: error.name, ...(JSON.parse(error.message) as { error: string; message: string }) };
  }
  throw new Error('expected the invocation to fail');
}
