import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import type { TaskKind } from './TaskKind.js';

/** How a task is carried out: which RDS call, on what. */
export const TASK_ACTIONS = {
  /** RebootDBInstance. */
  reboot: 'reboot',
  /** RebootDBInstance with ForceFailover: the Multi-AZ standby takes over. */
  multiAzFailover: 'multiAzFailover',
  /** FailoverDBCluster, optionally to a named reader. */
  clusterFailover: 'clusterFailover',
} as const;
export type TaskAction = keyof typeof TASK_ACTIONS;

/** A task checked against the instance's current state, ready to confirm and run. */
export interface TaskPlan {
  readonly kind: TaskKind;
  readonly action: TaskAction;
  readonly instance: DbInstanceSummary;
  /** For clusterFailover. */
  readonly clusterIdentifier?: string;
  /** The reader to promote, when the user named one. */
  readonly target?: { readonly identifier: string; readonly name: string };
}
