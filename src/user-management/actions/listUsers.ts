import type { ActionDeps } from '../deps.js';
import type { ListUsersRequest } from '../event.js';
import { HOST_PATTERN, USERNAME_PATTERN } from '../identifiers.js';
import { withMasterSession } from '../masterSession.js';
import type { ObservedRole } from '../roles.js';
import { CREATED_BY, decodeHostTag, TAG } from '../userSecret.js';

export interface ManagedAccount {
  readonly username: string;
  readonly host: string;
  readonly secret_name: string;
  readonly secret_arn: string;
  /** false when the secret outlived its account (a deletion that did not finish). */
  readonly exists: boolean;
  readonly role: ObservedRole;
}

export interface ListUsersResult {
  readonly action: 'list_users';
  readonly database: string;
  readonly users: readonly ManagedAccount[];
}

/**
 * The accounts dbvoice manages on this database: every secret tagged created_by=dbvoice for it, with the
 * role the server actually grants (read live, so a hand-made change shows as 'custom'; on PostgreSQL, the
 * dbvoice group roles the login is a member of).
 */
export async function listUsers(deps: ActionDeps, request: ListUsersRequest): Promise<ListUsersResult> {
  return withMasterSession(deps, request, async ({ dialect }) => {
    const secrets = await deps.secrets.listTagged(TAG.createdBy, CREATED_BY);
    const users: ManagedAccount[] = [];
    for (const secret of secrets) {
      if (secret.tags[TAG.database] !== request.database) continue;
      const username = secret.tags[TAG.username] ?? '';
      const host = decodeHostTag(secret.tags[TAG.host] ?? '');
      // Tags can be edited by anyone allowed to tag; a value outside the allow-lists is not ours.
      if (!USERNAME_PATTERN.test(username) || !HOST_PATTERN.test(host)) {
        deps.logger.warn('skipping a secret with unexpected tags', { secretName: secret.name });
        continue;
      }
      if (request.username !== undefined && request.username !== username) continue;
      if (request.host !== undefined && request.host !== host) continue;
      const account = { username, host, database: request.database };
      const exists = await dialect.accountExists(account);
      const role = exists ? dialect.roleOf(await dialect.privileges(account)) : 'none';
      users.push({ username, host, secret_name: secret.name, secret_arn: secret.arn, exists, role });
    }
    users.sort((a, b) => a.username.localeCompare(b.username) || a.host.localeCompare(b.host));
    return { action: 'list_users', database: request.database, users };
  });
}
