import type { TaskKind } from '../../domain/tasks/TaskKind.js';
import { INTENTS } from '../interactionModel.js';

/** The intent that asks for each task. */
export const TASK_INTENTS = {
  reboot: INTENTS.RebootInstance,
  failover: INTENTS.FailoverInstance,
} as const satisfies Record<TaskKind, string>;
