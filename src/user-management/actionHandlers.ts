import { createUser } from './actions/createUser.js';
import { deleteUser } from './actions/deleteUser.js';
import { listUsers } from './actions/listUsers.js';
import { resetPassword } from './actions/resetPassword.js';
import { updateGrant } from './actions/updateGrant.js';
import type { ActionDeps } from './deps.js';
import type { Action, UserManagementRequest } from './event.js';

type ActionHandler<A extends Action> = (
  deps: ActionDeps,
  request: Extract<UserManagementRequest, { action: A }>,
) => Promise<object>;

/** The dispatch table: one entry per action, checked by the compiler against ACTIONS. */
export const ACTION_HANDLERS: { readonly [A in Action]: ActionHandler<A> } = {
  create_user: createUser,
  delete_user: deleteUser,
  reset_password: resetPassword,
  update_grant: updateGrant,
  list_users: listUsers,
};

export function runAction(deps: ActionDeps, request: UserManagementRequest): Promise<object> {
  // The table is keyed by the request's own action, so the narrowing the compiler cannot follow holds.
  const handler = ACTION_HANDLERS[request.action] as ActionHandler<Action>;
  return handler(deps, request as never);
}
