import type { HandlerInput } from 'ask-sdk-core';
import type { TaskPlan } from '../../domain/tasks/TaskPlan.js';

/** The task the skill asked the user to confirm, kept in the session until the yes or no comes back. */
export interface PendingTask {
  readonly kind: string;
  readonly action: string;
  readonly instance: string;
  readonly region: string;
  readonly cluster: string;
  readonly target: string;
}

const KEY = 'dbvoicePendingTask';

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

export function rememberPendingTask(input: HandlerInput, pending: PendingTask): void {
  const attributes = input.attributesManager.getSessionAttributes();
  input.attributesManager.setSessionAttributes({ ...attributes, [KEY]: pending });
}

export function forgetPendingTask(input: HandlerInput): void {
  const { [KEY]: _forgotten, ...rest } = input.attributesManager.getSessionAttributes();
  input.attributesManager.setSessionAttributes(rest);
}

/**
 * Whether a CONFIRMED intent confirms exactly this plan: the skill itself asked, in this session, about the
 * same task on the same instance, Region and target. A CONFIRMED status the skill never asked for (or one
 * about a plan that changed since, e.g. a new writer) is asked again instead of obeyed.
 */
export function confirmsPendingTask(input: HandlerInput, plan: TaskPlan): boolean {
  const stored = input.attributesManager.getSessionAttributes()[KEY] as Partial<PendingTask> | undefined;
  if (!stored) return false;
  const expected = pendingTaskOf(plan);
  return (Object.keys(expected) as (keyof PendingTask)[]).every((key) => stored[key] === expected[key]);
}
