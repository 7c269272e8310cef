import type { CheckFailureReason } from '../bastion/CheckFailureReason.js';

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
