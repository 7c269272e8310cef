import type { CheckName } from './CheckName.js';
import type { CheckFamily } from './checkFamily.js';

/**
 * Checks an engine family cannot answer honestly, so the skill says so at once instead of sending a command
 * the runner would refuse. Mirrors the SQL files missing from sql-scripts/ (a test keeps the two in step).
 */
export const UNSUPPORTED_CHECKS: Readonly<Record<CheckFamily, readonly CheckName[]>> = {
  oracle: [],
  mysql: [],
  // PostgreSQL exposes no per-backend memory to other sessions.
  postgres: ['top-memory'],
  sqlserver: [],
};

export function isCheckSupported(family: CheckFamily, check: CheckName): boolean {
  return !UNSUPPORTED_CHECKS[family].includes(check);
}
