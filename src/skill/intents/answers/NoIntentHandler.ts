import type { TaskKind } from '../../domain/tasks/TaskKind.js';
import { toSsml } from '../../speech/toSsml.js';
import { intentHandler } from '../intentHandler.js';
import { SLOTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { readSlotOf } from '../slots/readSlotOf.js';
import { forgetPendingTask } from '../tasks/pendingTask.js';
import { TASK_INTENTS } from '../tasks/TASK_INTENTS.js';
import { withoutSlotValue } from './offerSuggestion.js';
import { forgetQuestion, pendingQuestion, rememberQuestion } from './pendingQuestion.js';

function taskOf(intentName: string): TaskKind | undefined {
  return (Object.keys(TASK_INTENTS) as TaskKind[]).find((kind) => TASK_INTENTS[kind] === intentName);
}

/**
 * "No" to the skill's question. To "did you mean ledger?" it asks which name was meant (the dialog stays on
 * the question, so the name said next answers it); to the MFA code or Region a reboot or failover asked
 * for, it drops the task and says nothing changed; to anything else it lets the question go. The session
 * stays open, and a no with no question pending gets a plain answer rather than the fallback.
 */
export const NoIntentHandler = intentHandler('AMAZON.NoIntent', (input, { strings }) => {
  const words = strings.answers;
  const question = pendingQuestion(input);
  forgetQuestion(input);
  if (!question) return respond(input, { speech: words.nothingToDecline, reprompt: strings.reprompt });
  if (question.kind === 'suggestion') {
    const text = toSsml(
      words.suggestionDeclined(strings.slotNames[question.slot] ?? strings.slotNames.instance!),
    );
    rememberQuestion(input, { kind: 'slot', intent: question.intent, slot: question.slot, speech: text });
    return input.responseBuilder
      .speak(text)
      .reprompt(text)
      .addElicitSlotDirective(question.slot, withoutSlotValue(question.intent, question.slot))
      .getResponse();
  }
  const task = taskOf(question.intent.name);
  if (task) {
    forgetPendingTask(input);
    const name = readSlotOf(question.intent, SLOTS.instance);
    return respond(input, { speech: words.taskDropped(task, name), reprompt: strings.reprompt });
  }
  return respond(input, { speech: words.questionDropped, reprompt: strings.reprompt });
});
