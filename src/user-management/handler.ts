import type { Context } from 'aws-lambda';
import { runAction } from './actionHandlers.js';
import { resolveDeps, type UserManagementDeps } from './deps.js';
import { UserManagementError } from './errors.js';
import type { UserManagementRequest } from './event.js';
import { toFailure } from './toFailure.js';
import { validateEvent } from './validateEvent.js';

export type UserManagementHandler = (
  event: unknown,
  context?: Pick<Context, 'awsRequestId'>,
) => Promise<object>;

/**
 * Validates the event (no I/O before that), runs the action and returns its structured result, or throws a
 * UserManagementFailure so the Automation step fails with a readable reason. Logs say what was asked and
 * what happened; the request holds no secret and results carry ARNs, never passwords.
 */
export function createHandler(deps: UserManagementDeps): UserManagementHandler {
  const resolved = resolveDeps(deps);
  const { logger } = resolved;
  return async (event, context) => {
    const requestId = context?.awsRequestId;
    if (requestId !== undefined) logger.appendKeys({ requestId });
    try {
      const request = validateEvent(event);
      logger.appendKeys(describe(request));
      logger.info('request accepted');
      const result = await runAction(resolved, request);
      logger.info('request done', { result });
      return result;
    } catch (error) {
      const failure = toFailure(error, requestId);
      if (error instanceof UserManagementError) {
        logger.warn('request refused or failed', { failure: failure.failure, error });
      } else {
        logger.error('unexpected error', { error: error as Error });
      }
      throw failure;
    } finally {
      logger.resetKeys();
    }
  };
}

/** Log keys for a request: every field is an allow-listed name. */
function describe(request: UserManagementRequest): Record<string, string> {
  const keys: Record<string, string> = { action: request.action, database: request.database };
  if ('username' in request && request.username !== undefined) keys.username = request.username;
  if ('host' in request && request.host !== undefined) keys.host = request.host;
  if ('role' in request) keys.role = request.role;
  return keys;
}
