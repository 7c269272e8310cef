/**
 * A mistake in what the user typed or pointed a command at (a flag, a fleet file): reported as one message
 * with the usage, exit code 2, never a stack trace.
 */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
}
