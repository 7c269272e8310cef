import type { TaskKind } from '../domain/tasks/TaskKind.js';

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
