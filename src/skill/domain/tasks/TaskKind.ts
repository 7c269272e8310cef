import { INTENTS } from '../intents/slots.js';

/** The two tasks the skill performs, and the intent that asks for each. */
export const TASK_KINDS = {
  reboot: INTENTS.RebootInstance,
  failover: INTENTS.FailoverInstance,
} as const;
export type TaskKind = keyof typeof TASK_KINDS;
