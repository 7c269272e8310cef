import {
  accountExists,
  databaseGrants,
  databasePrivileges,
  grantPrivileges,
  revokeAllOnDatabase,
} from '../accountQueries.js';
import type { ActionDeps } from '../deps.js';
import { DatabaseError, NotManagedError, UserNotFoundError } from '../errors.js';
import type { Role, UpdateGrantRequest } from '../event.js';
import { withMasterSession } from '../masterSession.js';
import { errnoOf, type SqlSession } from '../mysqlSession.js';
import { type ObservedRole, ROLE_PRIVILEGES, roleOfPrivileges } from '../roles.js';
import type { ServerInfo } from '../serverInfo.js';
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

/** "There is no such grant defined": REVOKE on a database the account holds nothing on. */
const ER_NONEXISTING_GRANT = 1141;

/**
 * Replaces the account's privileges on the database with the new role's. GRANT and REVOKE commit one by
 * one, so the previous privileges are read first and put back exactly if the grant or its check fails.
 * Table- and column-level grants are not touched.
 */
export async function updateGrant(deps: ActionDeps, request: UpdateGrantRequest): Promise<UpdateGrantResult> {
  const { username, host, database, secretName } = request;
  return withMasterSession(deps, request, async ({ session, server }) => {
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
    if (!(await accountExists(session, username, host))) throw new UserNotFoundError(username, host);

    const previous = await databasePrivileges(session, server, username, host, database);
    const previousRole = roleOfPrivileges(previous);
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
      return result('unchanged', await databaseGrants(session, server, username, host, database));
    }

    const undo = new UndoStack(deps.logger);
    try {
      undo.push(
        `restore privileges ${previous.join(', ') || '(none)'} on ${database}`,
        () => restore(session, server, request, previous),
        // A restore whose reply was lost: the privileges read back say whether it ran.
        async () =>
          (await databasePrivileges(session, server, username, host, database)).join() === previous.join(),
      );
      if (previous.length > 0) await revokeAllOnDatabase(session, server, username, host, database);
      await grantPrivileges(session, server, ROLE_PRIVILEGES[request.role], username, host, database);
      const now = roleOfPrivileges(await databasePrivileges(session, server, username, host, database));
      if (now !== request.role)
        throw new DatabaseError(`after GRANT the account holds ${now}, not ${request.role}`);
      return result('updated', await databaseGrants(session, server, username, host, database));
    } catch (error) {
      return undo.rollback(error);
    }
  });
}

async function restore(
  session: SqlSession,
  server: ServerInfo,
  request: UpdateGrantRequest,
  previous: readonly string[],
): Promise<void> {
  const { username, host, database } = request;
  try {
    await revokeAllOnDatabase(session, server, username, host, database);
  } catch (error) {
    if (errnoOf(error) !== ER_NONEXISTING_GRANT) throw error;
  }
  const privileges = previous.filter((p) => p !== 'GRANT OPTION');
  if (privileges.length > 0) await grantPrivileges(session, server, privileges, username, host, database);
}
