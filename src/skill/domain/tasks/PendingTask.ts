import type { TaskPlan } from './TaskPlan.js';

/** The task the skill asked the user to confirm: exactly what a yes agrees to. */
export interface PendingTask {
  readonly kind: string;
  readonly action: string;
  readonly instance: string;
  readonly region: string;
  readonly cluster: string;
  readonly target: string;
}

/** The pending task of a plan, its fields always in this order so its JSON compares byte for byte. */
export function pendingTaskOf(plan: TaskPlan): PendingTask {
  return {
    kind: plan.kind,
    action: plan.action,
    instance: plan.instance.identifier,
    region: plan.instance.region,
    cluster: plan.clusterIdentifier ?? '',
    target: plan.target?.identifier ?? '',
  };
}
