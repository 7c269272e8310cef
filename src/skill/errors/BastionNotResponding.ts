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
