import type { AccountDialect } from '../accountDialect.js';
import type { ActionDeps } from '../deps.js';
import {
  LoginVerificationError,
  NotManagedError,
  PasswordResetIncompleteError,
  RollbackFailedError,
  SecretsManagerError,
  UserNotFoundError,
} from '../errors.js';
import type { ResetPasswordRequest } from '../event.js';
import type { MasterCredentials } from '../masterCredentials.js';
import { withMasterSession } from '../masterSession.js';
import type { SqlSession } from '../mysqlSession.js';
import { STAGE } from '../secretsStore.js';
import { DUAL_PASSWORD } from '../serverInfo.js';
import { assertManagedSecret, passwordOf, userSecretValue } from '../userSecret.js';

export interface ResetPasswordResult {
  readonly action: 'reset_password';
  readonly status: 'reset';
  readonly database: string;
  readonly username: string;
  readonly host: string;
  readonly secret_name: string;
  readonly version_id: string;
  /** How the old password was kept working until the new one was promoted. */
  readonly old_password_kept_until_promotion: boolean;
}

/**
 * AWSPENDING -> ALTER USER -> log in with the new password -> promote to AWSCURRENT -> retire the old one
 * and clear AWSPENDING. Until the promotion the old password keeps working where the server can hold two
 * (MySQL 8.0.14+ dual passwords, MariaDB 10.4+ alternative authentication).
 *
 * PostgreSQL keeps one password per role, so there it is verify-then-switch, as on MySQL 5.7: ALTER ROLE
 * (a SCRAM verifier), a login that proves the new password, then the promotion at once; the old password
 * stops at ALTER ROLE and is put back if anything before the promotion fails. A second login role with
 * VALID UNTIL was not chosen: clients would alternate between two user names, objects they create would
 * be owned by whichever role was current (so dropping the older one would need REASSIGN OWNED on every
 * rotation), and list/delete would have to manage pairs. The price is a window of one login and one
 * Secrets Manager call in which AWSCURRENT still holds the old password; a client that fails to log in
 * in that window and re-reads the secret gets the new one.
 *
 * After any failure the outcome is decided by reading what is true, never by the failed call's error:
 * which version Secrets Manager calls AWSCURRENT, and which stored password logs in. A promotion that took
 * effect is finished; otherwise the server goes back to the old password. If the truth cannot be read, the
 * error says exactly what may be wrong. The password in AWSCURRENT is never left rejected by the server
 * without the error saying so, and a successful reset leaves no AWSPENDING behind.
 */
export async function resetPassword(
  deps: ActionDeps,
  request: ResetPasswordRequest,
): Promise<ResetPasswordResult> {
  const { username, host, secretName } = request;
  return withMasterSession(deps, request, async ({ session, dialect, master }) => {
    const secret = await deps.secrets.describe(secretName);
    if (!secret || secret.deletedDate) {
      throw new NotManagedError(
        `no live secret ${secretName}: only accounts created by dbvoice can be reset`,
        {
          secretName,
          username,
          host,
        },
      );
    }
    assertManagedSecret(secret, request);
    if (!(await dialect.accountExists(request))) throw new UserNotFoundError(username, host);
    const current = await deps.secrets.getValue(secret.arn, STAGE.current);
    const oldPassword = passwordOf(current.secretString);
    if (oldPassword === undefined) {
      throw new SecretsManagerError('GetSecretValue', `secret ${secretName} holds no password field`);
    }
    const reset = new Reset({
      deps,
      session,
      dialect,
      master,
      request,
      secretArn: secret.arn,
      oldVersion: current.versionId,
      newVersion: deps.newToken(),
      oldPassword,
      newPassword: deps.generatePassword(),
    });
    return reset.run();
  });
}

interface ResetInput {
  readonly deps: ActionDeps;
  readonly session: SqlSession;
  readonly dialect: AccountDialect;
  readonly master: MasterCredentials;
  readonly request: ResetPasswordRequest;
  readonly secretArn: string;
  readonly oldVersion: string;
  /** The client request token of the AWSPENDING version, which becomes its version id. */
  readonly newVersion: string;
  readonly oldPassword: string;
  readonly newPassword: string;
}

/** true / false when a login answered; undefined when the attempt says nothing (an outage, a timeout). */
type LoginTruth = boolean | undefined;

/** One reset's sequence, and how it settles after a failure at any step. */
class Reset {
  readonly #in: ResetInput;
  /** ALTER USER was sent: the server may hold the new password. */
  #alterSent = false;
  /** The promotion was sent: AWSCURRENT may have moved. */
  #promotionSent = false;

  constructor(input: ResetInput) {
    this.#in = input;
  }

  async run(): Promise<ResetPasswordResult> {
    const { deps, request, master, secretArn, newVersion, oldVersion, newPassword } = this.#in;
    try {
      await deps.secrets.putPending(secretArn, userSecretValue(request, master, newPassword), newVersion);
      this.#alterSent = true;
      await this.#alter();
      await verifyLogin(this.#in, newPassword);
      this.#promotionSent = true;
      await deps.secrets.promote(secretArn, newVersion, oldVersion);
    } catch (error) {
      return this.#settle(error);
    }
    return this.#finish();
  }

  /** Decides from what is true whether the reset happened (finish it) or not (undo it). */
  async #settle(error: unknown): Promise<ResetPasswordResult> {
    const { request, oldVersion, newVersion } = this.#in;
    // Before the promotion was sent AWSCURRENT cannot have moved; after, only Secrets Manager can say.
    const current = this.#promotionSent ? await this.#currentVersion() : oldVersion;
    if (current === newVersion) {
      // The promotion took effect; the new password was verified before it was sent.
      if ((await this.#logsIn(this.#in.newPassword)) !== false) return this.#finish();
    }
    if (current === oldVersion) return this.#rollBack(error);
    const accepts = await this.#accepted();
    const where =
      current === undefined
        ? `could not read which version of ${request.secretName} is AWSCURRENT: ${oldVersion} (the previous ` +
          `password) or ${newVersion} (the new one).`
        : `AWSCURRENT of ${request.secretName} is version ${current}.`;
    throw new PasswordResetIncompleteError(
      `${reasonOf(error)}; ${where} ${acceptsText(accepts)} ` +
        'Run reset_password again once Secrets Manager answers: it starts from whichever is AWSCURRENT.',
      {
        cause: error,
        details: { ...this.#details(), awsCurrent: current ?? 'unknown', serverAccepts: accepts },
      },
    );
  }

  /**
   * The promotion did not happen: the server goes back to the old password only, AWSPENDING is cleared.
   * Should the server keep only the new password after all, AWSCURRENT moves to it rather than name a
   * password that no longer logs in.
   */
  async #rollBack(error: unknown): Promise<ResetPasswordResult> {
    const { deps, request, secretArn, newVersion, oldVersion, oldPassword, newPassword } = this.#in;
    const leftovers: string[] = [];
    let restored = !this.#alterSent;
    if (this.#alterSent) {
      try {
        await restorePassword(this.#in);
        restored = true;
      } catch (restoreError) {
        deps.logger.error('could not restore the previous password', { error: restoreError as Error });
      }
    }
    const oldWorks = await this.#logsIn(oldPassword);
    if (oldWorks === false && (await this.#logsIn(newPassword)) === true) {
      // The server holds only the new password: the secret follows the truth instead of the plan.
      try {
        await deps.secrets.promote(secretArn, newVersion, oldVersion);
      } catch (promoteError) {
        if ((await this.#currentVersion()) === newVersion) return this.#finish();
        throw new PasswordResetIncompleteError(
          `${reasonOf(error)}; '${request.username}'@'${request.host}' now logs in only with the password in ` +
            `version ${newVersion} (AWSPENDING) of ${request.secretName}, and it could not be made AWSCURRENT: ` +
            `move AWSCURRENT to ${newVersion} by hand, or run reset_password again`,
          {
            cause: promoteError,
            details: { ...this.#details(), serverAccepts: { previous: false, new: true } },
          },
        );
      }
      return this.#finish();
    }
    if (oldWorks !== true) {
      leftovers.push(
        `the password in AWSCURRENT (version ${oldVersion}) of ${request.secretName} could not be confirmed by a ` +
          `login as '${request.username}'@'${request.host}'${restored ? '' : ' (restoring it failed)'}`,
      );
    } else if (!restored && (await this.#logsIn(newPassword)) !== false) {
      leftovers.push(
        `'${request.username}'@'${request.host}' may still accept the password of version ${newVersion} of ` +
          `${request.secretName}, which is not AWSCURRENT: run reset_password again to replace it`,
      );
    }
    if (!(await this.#ensurePendingCleared())) {
      leftovers.push(`remove ${STAGE.pending} from version ${newVersion} of ${request.secretName}`);
    }
    if (leftovers.length > 0) throw new RollbackFailedError(error, leftovers);
    throw error;
  }

  /** AWSCURRENT holds the new password: retire the old one and clear AWSPENDING, checking each by reading. */
  async #finish(): Promise<ResetPasswordResult> {
    const { request, dialect, newVersion, oldPassword } = this.#in;
    const unfinished: string[] = [];
    if (!(await this.#ensurePendingCleared())) {
      unfinished.push(
        `${STAGE.pending} could not be removed from version ${newVersion} (or its removal confirmed)`,
      );
    }
    if (dialect.dualPassword !== DUAL_PASSWORD.none) {
      const retired = await attemptChecked(
        () => retireOldPassword(this.#in),
        async () => (await this.#logsIn(oldPassword)) === false,
      );
      if (!retired) unfinished.push('the server may still accept the old password');
    }
    if (unfinished.length > 0) {
      throw new PasswordResetIncompleteError(
        `the new password is in ${request.secretName} (AWSCURRENT) and works, but ${unfinished.join(' and ')}; ` +
          'run reset_password again',
        { details: { ...this.#details(), unfinished } },
      );
    }
    return {
      action: 'reset_password',
      status: 'reset',
      database: request.database,
      username: request.username,
      host: request.host,
      secret_name: request.secretName,
      version_id: newVersion,
      old_password_kept_until_promotion: dialect.dualPassword !== DUAL_PASSWORD.none,
    };
  }

  /** True once AWSPENDING is on no version this reset made (read back after a failed removal). */
  async #ensurePendingCleared(): Promise<boolean> {
    const { deps, secretArn, newVersion } = this.#in;
    const pendingOnNew = async () =>
      (await deps.secrets.describe(secretArn))?.versions[newVersion]?.includes(STAGE.pending) === true;
    return attemptChecked(
      async () => {
        if (await pendingOnNew()) await deps.secrets.removeStage(secretArn, STAGE.pending, newVersion);
      },
      async () => !(await pendingOnNew()),
    );
  }

  async #alter(): Promise<void> {
    const { session, dialect, request, oldPassword, newPassword } = this.#in;
    for (const statement of dialect.alterPasswordStatements(request, oldPassword, newPassword)) {
      await session.query(statement);
    }
  }

  /**
   * The version AWSCURRENT is on, or undefined when Secrets Manager cannot be read. A read changes nothing,
   * so a failed one is tried once more before the outcome is called unknown.
   */
  async #currentVersion(): Promise<string | undefined> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        const secret = await this.#in.deps.secrets.describe(this.#in.secretArn);
        return Object.entries(secret?.versions ?? {}).find(([, stages]) =>
          stages.includes(STAGE.current),
        )?.[0];
      } catch (error) {
        this.#in.deps.logger.warn('could not read which version is AWSCURRENT', { error: error as Error });
      }
    }
    return undefined;
  }

  #logsIn(password: string): Promise<LoginTruth> {
    return verifyLogin(this.#in, password).then(
      () => true,
      (error: unknown) => (isRejected(this.#in.dialect, error) ? false : undefined),
    );
  }

  async #accepted(): Promise<{ previous: LoginTruth; new: LoginTruth }> {
    return {
      previous: await this.#logsIn(this.#in.oldPassword),
      new: await this.#logsIn(this.#in.newPassword),
    };
  }

  #details(): Record<string, string> {
    const { request, oldVersion, newVersion } = this.#in;
    return {
      secretName: request.secretName,
      username: request.username,
      host: request.host,
      previousVersion: oldVersion,
      newVersion,
    };
  }
}

/**
 * Runs a step whose effect can be read back. When the step fails, the truth decides: done already (its
 * reply was lost), or still to do, in which case it is tried once more.
 */
async function attemptChecked(step: () => Promise<void>, isDone: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await step();
      return true;
    } catch {
      const done = await isDone().catch(() => undefined);
      if (done === true) return true;
      if (done === undefined) return false;
    }
  }
  return false;
}

/** Back to the old password as the only one (idempotent: safe whether or not ALTER USER ran). */
async function restorePassword(input: ResetInput): Promise<void> {
  const { session, dialect, request, oldPassword } = input;
  for (const statement of dialect.restorePasswordStatements(request, oldPassword))
    await session.query(statement);
}

async function retireOldPassword(input: ResetInput): Promise<void> {
  const { session, dialect, request, newPassword } = input;
  for (const statement of dialect.retireOldPasswordStatements(request, newPassword)) {
    await session.query(statement);
  }
}

/** A login that the server refused, or that landed on another account: evidence the password is not it. */
function isRejected(dialect: AccountDialect, error: unknown): boolean {
  if (!(error instanceof LoginVerificationError)) return false;
  return error.cause === undefined || dialect.isPasswordRefused(error.cause);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function acceptsText(accepts: { previous: LoginTruth; new: LoginTruth }): string {
  const say = (truth: LoginTruth) =>
    truth === undefined ? 'could not be tested' : truth ? 'logs in' : 'is refused';
  return `The previous password ${say(accepts.previous)}; the new one ${say(accepts.new)}.`;
}

/**
 * Logs in as the account with `password` and checks the server matched this very account: a login that
 * lands on another host pattern (or an anonymous account) proves nothing. The Lambda's address must match
 * the account's host (PostgreSQL: a pg_hba.conf line) for this to pass.
 */
async function verifyLogin(input: ResetInput, password: string): Promise<void> {
  const { deps, master, dialect, request: account } = input;
  let session: SqlSession;
  try {
    session = await deps.connect({
      engine: master.family,
      host: master.host,
      port: master.port,
      user: account.username,
      password,
      database: account.database,
    });
  } catch (error) {
    throw new LoginVerificationError(`cannot log in as ${account.username} with the new password`, {
      cause: error,
    });
  }
  try {
    const [row] = await session.query(dialect.whoAmI);
    const expected = dialect.identity(account);
    if (row?.account !== expected) {
      throw new LoginVerificationError(
        `the new password logged in as ${String(row?.account)}, not ${expected}`,
      );
    }
  } finally {
    await session.close();
  }
}
