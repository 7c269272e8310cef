import type { CheckFailureReason } from './CheckFailureReason.js';
import type { CheckName } from './CheckName.js';

/** No bastion name is stored for the Region (`<prefix>/configuration/bastion/<region>` is missing). */
export class BastionNotConfigured extends Error {
  override readonly name = 'BastionNotConfigured';

  constructor(
    readonly region: string,
    readonly parameterName: string,
    options?: { cause?: unknown },
  ) {
    super(`No bastion configured for ${region}: ${parameterName} does not exist`, options);
  }
}

/**
 * The Region's bastion did not start the check before the answer was due: it is offline, busy, or no
 * instance carries its Name tag. `notifying` says whether a late run will still e-mail its result.
 */
export class BastionNotResponding extends Error {
  override readonly name = 'BastionNotResponding';

  constructor(
    readonly region: string,
    readonly notifying: boolean,
    readonly detail: string,
  ) {
    super(`The bastion in ${region} did not run the check: ${detail}`);
  }
}

/** A check ran on the bastion and failed; `detail` is the runner's message, for the log and the card. */
export class CheckFailed extends Error {
  override readonly name = 'CheckFailed';

  constructor(
    readonly instance: string,
    readonly region: string,
    readonly reason: CheckFailureReason,
    readonly detail: string,
    readonly user?: string,
    readonly database?: string,
  ) {
    super(`Check on ${instance} in ${region} failed (${reason}): ${detail}`);
  }
}

/** The engine has no checks at all (Db2), or cannot answer this one honestly (memory per session on PostgreSQL). */
export class CheckUnsupported extends Error {
  override readonly name = 'CheckUnsupported';

  constructor(
    readonly engine: string,
    readonly check?: CheckName,
  ) {
    super(check ? `The ${check} check is not available for ${engine}` : `No checks exist for ${engine}`);
  }
}

/** The instance is stopped (or has no endpoint yet), so no bastion can reach it. */
export class InstanceNotRunning extends Error {
  override readonly name = 'InstanceNotRunning';

  constructor(
    readonly instance: string,
    readonly region: string,
    readonly status: string,
  ) {
    super(`${instance} in ${region} is ${status}`);
  }
}
