/** The two tasks the skill performs. Which intent asks for each is the intent layer's business (TASK_INTENTS). */
export type TaskKind = 'reboot' | 'failover';
