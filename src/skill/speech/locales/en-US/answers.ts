import type { TaskKind } from '../../../domain/tasks/TaskKind.js';

/** The words for yes and no said to the skill's own questions (and to none). */
export interface AnswerStrings {
  /** A yes to "did you mean A or B?": which one. */
  readonly whichOne: (names: readonly string[]) => string;
  /** A no to "did you mean X?": ask for the name again, and say how to find it. */
  readonly suggestionDeclined: (slotName: string) => string;
  /** A no to the skill's question for a task's MFA code or Region: the task is dropped. */
  readonly taskDropped: (kind: TaskKind, name: string | undefined) => string;
  /** A no to any other question. */
  readonly questionDropped: string;
  /** A yes to a question that wants a value, not a yes. */
  readonly needsValue: string;
  readonly nothingToConfirm: string;
  readonly nothingToDecline: string;
}

const VERBS: Record<TaskKind, string> = { reboot: 'reboot', failover: 'fail over' };

export const answersEnUS: AnswerStrings = {
  whichOne: (names) =>
    `Which one: ${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]}?`,
  suggestionDeclined: (slotName) => `OK. Which ${slotName} did you mean? You can also ask me to list them.`,
  taskDropped: (kind, name) =>
    `OK, I won't ${VERBS[kind]}${name ? ` ${name}` : ' anything'}. Nothing was changed. What else would you like to know?`,
  questionDropped: 'OK. What else would you like to know?',
  needsValue: 'I need an answer to my question, not a yes.',
  nothingToConfirm:
    "Sorry, I wasn't waiting for a yes. You can ask about your instances, their metrics and alarms, or say help.",
  // Also the answer to a no said to Alexa's own prompts (the dialog model's "what is the code?"), which the
  // skill never sees: true either way.
  nothingToDecline: 'OK, nothing was changed. What else would you like to know?',
};
