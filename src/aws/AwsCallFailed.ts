/**
 * An AWS call failed in a way the user should hear about plainly. `reason` picks the words; the SDK error
 * stays as `cause` for the logs.
 */
export const AWS_FAILURE_REASONS = {
  accessDenied: 'accessDenied',
  throttled: 'throttled',
  timedOut: 'timedOut',
  unavailable: 'unavailable',
} as const;
export type AwsFailureReason = keyof typeof AWS_FAILURE_REASONS;

export class AwsCallFailed extends Error {
  override readonly name = 'AwsCallFailed';

  constructor(
    readonly reason: AwsFailureReason,
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(`${operation} failed: ${reason}`, options);
  }
}
