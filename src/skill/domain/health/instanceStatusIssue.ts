import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import type { HealthIssue } from './HealthIssue.js';

/** Statuses that need someone now: the instance cannot serve and will not recover on its own. */
const DOWN = new Set(['failed', 'storage-full', 'restore-error', 'insufficient-capacity']);
const DOWN_PREFIXES = ['incompatible-', 'inaccessible-encryption-credentials'];
/** Not serving, but by choice or for a moment. */
const UNAVAILABLE = new Set(['stopped', 'stopping', 'starting', 'rebooting']);

/** The issue an instance's RDS status is, or undefined when it serves (available, backing-up, modifying...). */
export function instanceStatusIssue(instance: DbInstanceSummary): HealthIssue | undefined {
  const { status, region, name } = instance;
  if (DOWN.has(status) || DOWN_PREFIXES.some((prefix) => status.startsWith(prefix))) {
    return { kind: 'down', region, name, status };
  }
  if (UNAVAILABLE.has(status)) return { kind: 'unavailable', region, name, status };
  return undefined;
}
