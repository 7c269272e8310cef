/**
 * Builds the real handler for tests: the emulator's Secrets Manager over real HTTP (one emulator per test
 * file, emptied for each harness), a recording and fault-injecting wrapper around any SqlSessionFactory,
 * and a Powertools Logger whose output the test can read.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll } from 'vitest';
import { createEmulator, type Emulator } from '../../../../src/local/emulator/createEmulator.js';
import type { UserManagementConfig } from '../../../../src/user-management/config.js';
import { DatabaseConnectionError, DatabaseError } from '../../../../src/user-management/errors.js';
import { createHandler, type UserManagementHandler } from '../../../../src/user-management/handler.js';
import type {
  SqlLogin,
  SqlSession,
  SqlSessionFactory,
  SqlStatement,
} from '../../../../src/user-management/mysqlSession.js';
import { generatePassword as realPassword } from '../../../../src/user-management/passwordGenerator.js';
import type { EndpointResolver } from '../../../../src/user-management/rdsEndpointResolver.js';
import { createSessionFactory } from '../../../../src/user-management/sessionFactory.js';
import { LogCapture, TEST_CONFIG } from '../../../unit/user-management/support/handlerKit.js';
import { EmulatedSecrets } from './EmulatedSecrets.js';

export { failureOf } from '../../../unit/user-management/support/handlerKit.js';

export const MASTER_SECRET_NAME = 'rds-master-credentials';

/** One thing the handler did on the database: a login, or a statement on a session. */
export interface RecordedStep {
  readonly kind: 'login' | 'statement';
  readonly user: string;
  readonly sql: string;
  readonly values: readonly unknown[];
}

export interface StatementFaultOptions {
  readonly times?: number;
  /** Let this many matching statements through first. */
  readonly skip?: number;
  /** The statement runs, then the connection is lost before its reply arrives. */
  readonly afterRun?: boolean;
  readonly errno?: number;
  readonly fatal?: boolean;
}

interface StatementFault {
  readonly match: (step: RecordedStep, index: number) => boolean;
  readonly afterRun: boolean;
  readonly error: () => Error;
  remaining: number;
}

/** What a lost connection looks like once mysqlSession has wrapped it: fatal, so the session reconnects. */
function connectionLost(): DatabaseError {
  return new DatabaseError('injected: connection lost before the reply', {
    details: { statement: 'injected', code: 'PROTOCOL_CONNECTION_LOST', fatal: true },
  });
}

/**
 * Wraps a factory: records every login and statement, and fails chosen ones, either before they reach the
 * server or after they ran (the connection is then dropped, as when a reply is lost on the way back).
 */
export class StatementRecorder {
  readonly logins: SqlLogin[] = [];
  readonly steps: RecordedStep[] = [];
  readonly #faults: StatementFault[] = [];
  readonly factory: SqlSessionFactory;

  constructor(inner: SqlSessionFactory) {
    this.factory = async (login) => {
      this.logins.push(login);
      const step: RecordedStep = { kind: 'login', user: login.user, sql: '<login>', values: [] };
      const fault = this.#take(step);
      if (fault) throw new DatabaseConnectionError(`cannot log in as ${login.user}: injected login failure`);
      const session = await inner(login);
      return this.#wrap(session, login.user);
    };
  }

  /** Statements only (logins left out), in order. */
  get statements(): RecordedStep[] {
    return this.steps.filter((step) => step.kind === 'statement');
  }

  /** The next `times` statements matching `pattern` (after `skip` of them) fail like the server would. */
  failStatement(pattern: RegExp, options: StatementFaultOptions = {}): void {
    let skip = options.skip ?? 0;
    this.#faults.push({
      match: (s) => {
        if (s.kind !== 'statement' || !pattern.test(s.sql)) return false;
        if (skip === 0) return true;
        skip -= 1;
        return false;
      },
      afterRun: options.afterRun ?? false,
      error: options.afterRun
        ? connectionLost
        : () =>
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
      match: (s) => s.kind === 'login' && s.user === user,
      afterRun: false,
      error: () => new DatabaseConnectionError('injected login failure'),
      remaining: 1,
    });
  }

  /**
   * The step at `index` of this recorder's steps (as a clean run recorded them) fails, or for a statement
   * with `afterRun`, runs and then loses its connection.
   */
  failStep(index: number, options: { readonly afterRun?: boolean } = {}): void {
    this.#faults.push({
      match: (_step, at) => at === index,
      afterRun: options.afterRun ?? false,
      error: options.afterRun
        ? connectionLost
        : () =>
            new DatabaseError('injected failure', {
              details: { statement: 'injected', errno: 1105, code: 'ER_UNKNOWN_ERROR' },
            }),
      remaining: 1,
    });
  }

  /** How many injected faults have not fired yet. */
  get unusedFaults(): number {
    return this.#faults.reduce((sum, fault) => sum + fault.remaining, 0);
  }

  /** Statements other than the read-only probes every action starts with. */
  writes(): RecordedStep[] {
    return this.statements.filter((s) => /^(CREATE|DROP|ALTER|GRANT|REVOKE|SET|RENAME)\b/i.test(s.sql));
  }

  #take(step: RecordedStep): StatementFault | undefined {
    const index = this.steps.length;
    this.steps.push(step);
    const fault = this.#faults.find((f) => f.remaining > 0 && f.match(step, index));
    if (fault) fault.remaining -= 1;
    return fault;
  }

  #wrap(session: SqlSession, user: string): SqlSession {
    return {
      query: async (statement: SqlStatement) => {
        const fault = this.#take({
          kind: 'statement',
          user,
          sql: statement.sql,
          values: statement.values ?? [],
        });
        if (fault && !fault.afterRun) throw fault.error();
        const rows = await session.query(statement);
        if (fault) {
          // The reply is lost with the connection: the statement is done, the caller cannot know.
          await session.close();
          throw fault.error();
        }
        return rows;
      },
      close: () => session.close(),
    };
  }
}

let shared: Promise<Emulator> | undefined;
/** One emulator per test file, started on first use and closed with the file. */
function emulator(): Promise<Emulator> {
  shared ??= createEmulator({ fleet: { regions: {} } });
  return shared;
}
afterAll(async () => {
  if (shared) await (await shared).close();
});

export interface Harness {
  readonly handler: UserManagementHandler;
  readonly secrets: EmulatedSecrets;
  readonly recorder: StatementRecorder;
  readonly logs: LogCapture;
  /** Every password the handler generated, in order. */
  readonly passwords: string[];
  /** The master secret's ARN as the emulator made it. */
  readonly masterArn: string;
}

export interface HarnessOptions {
  /** The local servers (TEST_CONFIG's session settings) unless a test brings its own server. */
  readonly connect?: SqlSessionFactory;
  readonly master?: Record<string, unknown>;
  readonly masterPolicy?: string;
  readonly config?: Partial<UserManagementConfig>;
  readonly resolveEndpoint?: EndpointResolver;
  /** SILENT keeps test output readable; the log-leak tests turn it up to DEBUG and capture it. */
  readonly logLevel?: 'DEBUG' | 'SILENT';
  /** SDK attempts per Secrets Manager call: 1 shows each fault as it is, 3 is what the Lambda uses. */
  readonly maxAttempts?: number;
}

/** A handler over an emptied emulator holding only the master secret. */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const secrets = new EmulatedSecrets(await emulator(), { maxAttempts: options.maxAttempts ?? 1 });
  await secrets.control.reset();
  const { arn: masterArn } = await secrets.seed(
    MASTER_SECRET_NAME,
    JSON.stringify(
      options.master ?? { engine: 'mariadb', host: '127.0.0.1', port: 3306, username: 'root', password: '' },
    ),
    {},
    options.masterPolicy,
  );
  const recorder = new StatementRecorder(options.connect ?? createSessionFactory(TEST_CONFIG));
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
  return { handler, secrets, recorder, logs, passwords, masterArn };
}
