import type { AccountDialect } from '../accountDialect.js';
import type { ActionDeps } from '../deps.js';
import { NotManagedError, RollbackFailedError, UserNotFoundError, ValidationError } from '../errors.js';
import type { DeleteUserRequest } from '../event.js';
import { withMasterSession } from '../masterSession.js';
import type { SecretsStore } from '../secretsStore.js';
import { UndoStack } from '../undoStack.js';
import { assertManagedSecret } from '../userSecret.js';

export interface DeleteUserResult {
  readonly action: 'delete_user';
  readonly status: 'deleted';
  readonly database: string;
  readonly username: string;
  readonly host: string;
  readonly secret_name: string;
  /** false when the account was already gone and only the secret was left to remove. */
  readonly account_dropped: boolean;
  readonly secret_deletion_date?: string;
}

/**
 * Removes an account dbvoice created, and its secret. The secret's deletion is scheduled first because it
 * is the reversible step (RestoreSecret); if DROP USER then fails the secret is restored, so the two never
 * disagree. A call whose reply is lost is judged by reading back what is true (is the secret scheduled for
 * deletion, does the account still exist), never by its error. Accounts whose secret lacks the created_by
 * tag are refused.
 */
export async function deleteUser(deps: ActionDeps, request: DeleteUserRequest): Promise<DeleteUserResult> {
  const { username, host, database, secretName } = request;
  return withMasterSession(deps, request, async ({ dialect, master }) => {
    if (request.reassignOwned && master.family !== 'postgres') {
      throw new ValidationError('reassign_owned', 'is for PostgreSQL roles; MySQL accounts own no objects');
    }
    const secret = await deps.secrets.describe(secretName);
    if (!secret) {
      throw new NotManagedError(
        `no secret ${secretName}: only accounts created by dbvoice can be deleted here`,
        {
          secretName,
          username,
          host,
        },
      );
    }
    assertManagedSecret(secret, request);
    const exists = await dialect.accountExists(request);
    if (!exists && secret.deletedDate) throw new UserNotFoundError(username, host);
    // Before the first write: a role that owns objects is refused with their names, nothing changed.
    if (exists) await dialect.assertDroppable(request, request);

    const undo = new UndoStack(deps.logger);
    try {
      let deletionDate = secret.deletedDate;
      if (!secret.deletedDate) {
        // Registered before the call: a DeleteSecret whose reply is lost may have scheduled the deletion.
        undo.push(
          `restore secret ${secretName} (RestoreSecret), which is scheduled for deletion`,
          () => restoreIfScheduled(deps.secrets, secret.arn),
          async () => (await deps.secrets.describe(secret.arn))?.deletedDate === undefined,
        );
        deletionDate = await scheduleDeletion(deps, secret.arn);
      }
      if (exists) await dropUser(dialect, request);
      return {
        action: 'delete_user',
        status: 'deleted',
        database,
        username,
        host,
        secret_name: secretName,
        account_dropped: exists,
        ...(deletionDate ? { secret_deletion_date: deletionDate.toISOString() } : {}),
      };
    } catch (error) {
      return undo.rollback(error);
    }
  });
}

/**
 * DeleteSecret with the recovery window. When the call fails, DescribeSecret says whether the deletion was
 * scheduled anyway (the reply was lost); then the action goes on, without the date the lost reply held.
 */
async function scheduleDeletion(deps: ActionDeps, secretArn: string): Promise<Date | undefined> {
  try {
    return await deps.secrets.scheduleDeletion(secretArn, deps.config.recoveryWindowDays);
  } catch (error) {
    const after = await deps.secrets.describe(secretArn).catch(() => undefined);
    if (after?.deletedDate) return undefined;
    throw error;
  }
}

/**
 * DROP USER. When it fails, the account is looked up again: gone means the statement ran and only its reply
 * was lost. When even that cannot be read, the outcome is unknown and the error says so.
 */
async function dropUser(dialect: AccountDialect, request: DeleteUserRequest): Promise<void> {
  const { secretName } = request;
  try {
    await dialect.dropAccount(request, request);
  } catch (error) {
    let stillThere: boolean;
    try {
      stillThere = await dialect.accountExists(request);
    } catch {
      throw new RollbackFailedError(error, [
        `${dialect.describe(request)} may or may not have been dropped (DROP USER's outcome could not be read); ` +
          `run delete_user again for ${secretName} to finish`,
      ]);
    }
    if (stillThere) throw error;
  }
}

async function restoreIfScheduled(store: SecretsStore, secretArn: string): Promise<void> {
  const secret = await store.describe(secretArn);
  if (secret?.deletedDate) await store.restore(secretArn);
}
