/** A bad command line, reported in one line with the usage (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
