import type { ActionDeps } from '../deps.js';
import { DatabaseError, NotManagedError, UserNotFoundError } from '../errors.js';
import type { Role, UpdateGrantRequest } from '../event.js';
import { withMasterSession } from '../masterSession.js';
import type { ObservedRole } from '../roles.js';
import { UndoStack } from '../undoStack.js';
import { assertManagedSecret } from '../userSecret.js';

export interface UpdateGrantResult {
  readonly action: 'update_grant';
  readonly status: 'updated' | 'unchanged';
  readonly database: string;
  readonly username: string;
  readonly host: string;
  readonly previous_role: ObservedRole;
  readonly role: Role;
  readonly grants: readonly string[];
}

/**
 * Replaces the account's privileges on the database with the new role's. GRANT and REVOKE commit one by
 * one, so the previous privileges are read first and put back exactly if the grant or its check fails.
 * Table- and column-level grants are not touched. On PostgreSQL the privileges are group-role memberships.
 */
export async function updateGrant(deps: ActionDeps, request: UpdateGrantRequest): Promise<UpdateGrantResult> {
  const { username, host, database, secretName } = request;
  return withMasterSession(deps, request, async ({ dialect }) => {
    const secret = await deps.secrets.describe(secretName);
    if (!secret || secret.deletedDate) {
      throw new NotManagedError(
        `no live secret ${secretName}: only accounts created by dbvoice are re-granted`,
        {
          secretName,
          username,
          host,
        },
      );
    }
    assertManagedSecret(secret, request);
    if (!(await dialect.accountExists(request))) throw new UserNotFoundError(username, host);

    const previous = await dialect.privileges(request);
    const previousRole = dialect.roleOf(previous);
    const result = (status: UpdateGrantResult['status'], grants: readonly string[]): UpdateGrantResult => ({
      action: 'update_grant',
      status,
      database,
      username,
      host,
      previous_role: previousRole,
      role: request.role,
      grants,
    });
    if (previousRole === request.role) {
      return result('unchanged', await dialect.grants(request));
    }

    const undo = new UndoStack(deps.logger);
    try {
      undo.push(
        `restore privileges ${previous.join(', ') || '(none)'} on ${database}`,
        () => dialect.restorePrivileges(request, previous),
        // A restore whose reply was lost: the privileges read back say whether it ran.
        async () => (await dialect.privileges(request)).join() === previous.join(),
      );
      if (previous.length > 0) await dialect.revokeAll(request);
      await dialect.grantRole(request, request.role);
      const now = dialect.roleOf(await dialect.privileges(request));
      if (now !== request.role)
        throw new DatabaseError(`after GRANT the account holds ${now}, not ${request.role}`);
      return result('updated', await dialect.grants(request));
    } catch (error) {
      return undo.rollback(error);
    }
  });
}
