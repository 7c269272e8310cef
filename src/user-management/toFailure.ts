import { UserManagementError } from './errors.js';

/** The JSON in a failed invocation's errorMessage, which the Automation step shows as its failure. */
export interface FailureMessage {
  readonly error: string;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly request_id?: string;
}

/**
 * What the Lambda throws. The runtime reports `name` as errorType and `message` as errorMessage, so the
 * message is JSON a script can parse; the original error stays on `cause` for the logs.
 */
export class UserManagementFailure extends Error {
  readonly failure: FailureMessage;

  constructor(failure: FailureMessage, name: string, cause: unknown) {
    super(JSON.stringify(failure), { cause });
    this.name = name;
    this.failure = failure;
  }
}

export function toFailure(error: unknown, requestId?: string): UserManagementFailure {
  const id = requestId === undefined ? {} : { request_id: requestId };
  if (error instanceof UserManagementError) {
    return new UserManagementFailure(
      { error: error.code, message: error.message, details: error.details, ...id },
      error.name,
      error,
    );
  }
  // Unknown errors are bugs: their text is not passed on (it could quote anything); the log has it.
  return new UserManagementFailure(
    { error: 'InternalError', message: 'unexpected error; see the function log', ...id },
    'InternalError',
    error,
  );
}
