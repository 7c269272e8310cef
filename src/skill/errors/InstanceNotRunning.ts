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
