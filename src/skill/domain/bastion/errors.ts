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
