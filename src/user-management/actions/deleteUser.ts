import { accountExists } from '../accountQueries.js';
import type { ActionDeps } from '../deps.js';
import { NotManagedError, UserNotFoundError } from '../errors.js';
import type { DeleteUserRequest } from '../event.js';
import { withMasterSession } from '../masterSession.js';
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
 * disagree. Accounts whose secret lacks the created_by tag are refused.
 */
export async function deleteUser(deps: ActionDeps, request: DeleteUserRequest): Promise<DeleteUserResult> {
  const { username, host, database, secretName } = request;
  return withMasterSession(deps, request, async ({ session }) => {
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
    const exists = await accountExists(session, username, host);
    if (!exists && secret.deletedDate) throw new UserNotFoundError(username, host);

    const undo = new UndoStack(deps.logger);
    try {
      let deletionDate = secret.deletedDate;
      if (!secret.deletedDate) {
        deletionDate = await deps.secrets.scheduleDeletion(secret.arn, deps.config.recoveryWindowDays);
        undo.push(`restore secret ${secretName}`, () => deps.secrets.restore(secret.arn));
      }
      if (exists) await session.query({ sql: 'DROP USER ?@?', values: [username, host] });
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
