/**
 * Reboots and failovers cannot be verified: the MFA user's parameters are missing or its keys are refused.
 * The message names the problem for the logs; the parameter values never appear in it.
 */
export class MfaNotConfigured extends Error {
  override readonly name = 'MfaNotConfigured';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
