/**
 * Why a bastion check ended without an answer. The runner's own reasons (sql-scripts/README.md) plus the
 * ways Run Command itself can fail.
 */
export const CHECK_FAILURE_REASONS = [
  'unreachable',
  'login-failed',
  'database-missing',
  'no-credentials',
  'client-missing',
  'query-failed',
  'timeout',
  'unsupported',
  'usage',
  'internal',
  'runner-missing',
  'runner-failed',
  'cancelled',
] as const;
export type CheckFailureReason = (typeof CHECK_FAILURE_REASONS)[number];
