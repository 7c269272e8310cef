import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { chosenAmong } from '../../intents/answers/chosenAmong.js';
import { withSuggestion } from '../../intents/answers/offerSuggestion.js';
import {
  forgetQuestion,
  type PendingQuestion,
  pendingQuestion,
} from '../../intents/answers/pendingQuestion.js';
import { yesOrNo } from '../../intents/answers/yesOrNo.js';
import { findRequestContext } from '../../intents/RequestContext.js';
import { readSlot } from '../../intents/slots/readSlot.js';

/**
 * Reads an answer to the skill's pending question before any handler is chosen:
 * - "yes" or "no" heard as the value of the slot the skill asked for becomes AMAZON.YesIntent or NoIntent
 *   (a device may fill the slot with the word instead of choosing the built-in intent);
 * - "yes" to "did you mean ledger?" becomes the question first asked, with ledger in its slot, so its answer,
 *   e-mail, audit and log line are exactly those of that question asked again;
 * - "the second one" (「2番目」) to a question that offered choices ("Which one: reporting or reporting-dev?",
 *   "I found hr in Oregon and Ireland. Which Region?") becomes the question with that choice in its slot. The
 *   choices come from the session, which the client sends: a choice is only ever a name or Region the handler
 *   then looks up as if the user had said it, so a forged one is not found rather than trusted.
 * Registered after the allow-list (a refused speaker gets nothing) and before the user-state prefetch, which
 * looks at the intent that will run.
 */
export const answerRequestInterceptor: RequestInterceptor = {
  process(input) {
    const { request } = input.requestEnvelope;
    if (request.type !== 'IntentRequest') return;
    const question = pendingQuestion(input);
    // A task's confirmation is answered by Alexa's own yes and no (Dialog.ConfirmIntent): nothing to read here.
    if (!question || question.kind === 'confirmation') return;
    if (request.intent.name === question.intent.name) {
      const word = yesOrNo(readSlot(input, question.slot).spoken);
      if (word)
        request.intent = {
          name: word === 'yes' ? 'AMAZON.YesIntent' : 'AMAZON.NoIntent',
          confirmationStatus: 'NONE',
        };
    }
    const chosen =
      request.intent.name === question.intent.name
        ? chosenAmong(readSlot(input, question.slot).spoken, choicesOf(question))
        : undefined;
    if (chosen !== undefined) {
      askAgainWith(input, question, chosen, 'Choice taken');
      return;
    }
    if (request.intent.name === 'AMAZON.YesIntent' && question.kind === 'suggestion') {
      const [only, ...others] = question.suggestions;
      if (only === undefined || others.length > 0) return;
      askAgainWith(input, question, only, 'Suggestion accepted');
    }
  },
};

/** The request becomes the question first asked, with `value` in the slot it asked for; the question is answered. */
function askAgainWith(
  input: HandlerInput,
  question: Exclude<PendingQuestion, { kind: 'confirmation' }>,
  value: string,
  logMessage: string,
): void {
  const { request } = input.requestEnvelope;
  if (request.type !== 'IntentRequest') return;
  request.intent = withSuggestion(question.intent, question.slot, value);
  request.dialogState = 'COMPLETED';
  forgetQuestion(input);
  findRequestContext(input)?.logger.info(logMessage, { intent: request.intent.name, slot: question.slot });
}

/** What the question offered, in the order said. */
function choicesOf(question: Exclude<PendingQuestion, { kind: 'confirmation' }>): readonly string[] {
  return question.kind === 'suggestion' ? question.suggestions : (question.choices ?? []);
}
