import { accountExists } from '../accountQueries.js';
import type { ActionDeps } from '../deps.js';
import {
  LoginVerificationError,
  NotManagedError,
  PasswordResetIncompleteError,
  SecretsManagerError,
  UserNotFoundError,
} from '../errors.js';
import type { AccountTarget, ResetPasswordRequest } from '../event.js';
import type { MasterCredentials } from '../masterCredentials.js';
import { withMasterSession } from '../masterSession.js';
import type { SqlSession } from '../mysqlSession.js';
import type { SecretsStore } from '../secretsStore.js';
import { STAGE } from '../secretsStore.js';
import { DUAL_PASSWORD, type ServerInfo } from '../serverInfo.js';
import { UndoStack } from '../undoStack.js';
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
 * AWSPENDING -> ALTER USER -> log in with the new password -> promote to AWSCURRENT -> retire the old one.
 * Until the promotion the old password keeps working where the server can hold two (MySQL 8.0.14+ dual
 * passwords, MariaDB 10.4+ alternative authentication); elsewhere it is restored if any step fails. The
 * secret's AWSCURRENT never points at a password the server does not accept.
 */
export async function resetPassword(
  deps: ActionDeps,
  request: ResetPasswordRequest,
): Promise<ResetPasswordResult> {
  const { username, host, database, secretName } = request;
  return withMasterSession(deps, request, async ({ session, server, master }) => {
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
    if (!(await accountExists(session, username, host))) throw new UserNotFoundError(username, host);
    const current = await deps.secrets.getValue(secret.arn, STAGE.current);
    const oldPassword = passwordOf(current.secretString);
    if (oldPassword === undefined) {
      throw new SecretsManagerError('GetSecretValue', `secret ${secretName} holds no password field`);
    }

    const newPassword = deps.generatePassword();
    const token = deps.newToken();
    const undo = new UndoStack(deps.logger);
    try {
      undo.push(`remove ${STAGE.pending} from version ${token} of ${secretName}`, () =>
        removePendingIfPresent(deps.secrets, secret.arn, token),
      );
      const pendingVersion = await deps.secrets.putPending(
        secret.arn,
        userSecretValue(request, master, newPassword),
        token,
      );
      // Before the statement: ALTER USER that times out may still have run. Restoring is idempotent.
      undo.push(`restore the previous password of '${username}'@'${host}'`, () =>
        restorePassword(session, server, request, oldPassword),
      );
      await alterPassword(session, server, request, oldPassword, newPassword);
      await verifyLogin(deps, master, request, newPassword);
      await promote(deps.secrets, secret.arn, pendingVersion, current.versionId);
    } catch (error) {
      return undo.rollback(error);
    }

    // Past the promotion nothing is undone: the new password works and is AWSCURRENT.
    await deps.secrets.removeStage(secret.arn, STAGE.pending, token).catch((error: unknown) => {
      deps.logger.warn('could not remove AWSPENDING after promotion', { error: error as Error });
    });
    try {
      await retireOldPassword(session, server, request, newPassword);
    } catch (error) {
      throw new PasswordResetIncompleteError(
        `the new password is in ${secretName} (AWSCURRENT) and works, but the server still accepts the old one; run reset_password again`,
        { cause: error, details: { secretName, username, host } },
      );
    }
    return {
      action: 'reset_password',
      status: 'reset',
      database,
      username,
      host,
      secret_name: secretName,
      version_id: token,
      old_password_kept_until_promotion: server.dualPassword !== DUAL_PASSWORD.none,
    };
  });
}

async function alterPassword(
  session: SqlSession,
  server: ServerInfo,
  account: AccountTarget,
  oldPassword: string,
  newPassword: string,
): Promise<void> {
  const { username, host } = account;
  switch (server.dualPassword) {
    case DUAL_PASSWORD.retain:
      await session.query({
        sql: 'ALTER USER ?@? IDENTIFIED BY ? RETAIN CURRENT PASSWORD',
        values: [username, host, newPassword],
        secrets: [newPassword],
      });
      return;
    case DUAL_PASSWORD.either:
      // MariaDB tries each method in turn, so both passwords log in until retireOldPassword.
      await session.query({
        sql: 'ALTER USER ?@? IDENTIFIED VIA mysql_native_password USING PASSWORD(?) OR mysql_native_password USING PASSWORD(?)',
        values: [username, host, oldPassword, newPassword],
        secrets: [oldPassword, newPassword],
      });
      return;
    default:
      await setPassword(session, account, newPassword);
  }
}

/** The one password the account logs in with from now on (the value never reaches a log). */
function setPassword(session: SqlSession, account: AccountTarget, password: string): Promise<unknown> {
  return session.query({
    sql: 'ALTER USER ?@? IDENTIFIED BY ?',
    values: [account.username, account.host, password],
    secrets: [password],
  });
}

/** Ends MySQL 8's dual-password window: only the primary password logs in afterwards. */
function discardOldPassword(session: SqlSession, account: AccountTarget): Promise<unknown> {
  return session.query({
    sql: 'ALTER USER ?@? DISCARD OLD PASSWORD',
    values: [account.username, account.host],
  });
}

async function restorePassword(
  session: SqlSession,
  server: ServerInfo,
  account: AccountTarget,
  oldPassword: string,
): Promise<void> {
  await setPassword(session, account, oldPassword);
  // Without RETAIN the secondary (new) password would survive the line above.
  if (server.dualPassword === DUAL_PASSWORD.retain) await discardOldPassword(session, account);
}

async function retireOldPassword(
  session: SqlSession,
  server: ServerInfo,
  account: AccountTarget,
  newPassword: string,
): Promise<void> {
  if (server.dualPassword === DUAL_PASSWORD.retain) await discardOldPassword(session, account);
  else if (server.dualPassword === DUAL_PASSWORD.either) await setPassword(session, account, newPassword);
}

/**
 * Logs in as the account with the new password and checks the server matched this very account: a login
 * that lands on another host pattern (or an anonymous account) proves nothing. The Lambda's address must
 * match the account's host for this to pass.
 */
async function verifyLogin(
  deps: ActionDeps,
  master: MasterCredentials,
  account: AccountTarget,
  password: string,
): Promise<void> {
  let session: SqlSession;
  try {
    session = await deps.connect({
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
    const [row] = await session.query({ sql: 'SELECT CURRENT_USER() AS account' });
    const expected = `${account.username}@${account.host}`;
    if (row?.account !== expected) {
      throw new LoginVerificationError(
        `the new password logged in as ${String(row?.account)}, not ${expected}`,
      );
    }
  } finally {
    await session.close();
  }
}

/**
 * Moves AWSCURRENT to the new version. If the call fails, Secrets Manager is asked which version is current:
 * a request that timed out after taking effect counts as promoted, so the password is not rolled back under
 * a secret that already names it.
 */
async function promote(
  store: SecretsStore,
  secretId: string,
  newVersion: string,
  oldVersion: string,
): Promise<void> {
  try {
    await store.promote(secretId, newVersion, oldVersion);
  } catch (error) {
    const after = await store.describe(secretId).catch(() => undefined);
    if (!after?.versions[newVersion]?.includes(STAGE.current)) throw error;
  }
}

async function removePendingIfPresent(
  store: SecretsStore,
  secretId: string,
  versionId: string,
): Promise<void> {
  const secret = await store.describe(secretId);
  if (secret?.versions[versionId]?.includes(STAGE.pending)) {
    await store.removeStage(secretId, STAGE.pending, versionId);
  }
}
