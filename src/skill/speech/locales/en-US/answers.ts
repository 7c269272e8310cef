import type { TaskKind } from '../../../domain/tasks/TaskKind.js';
import type { AnswerStrings } from '../../AnswerStrings.js';

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
