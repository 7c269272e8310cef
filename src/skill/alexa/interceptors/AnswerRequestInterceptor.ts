import type { RequestInterceptor } from 'ask-sdk-core';
import { withSuggestion } from '../../intents/answers/offerSuggestion.js';
import { forgetQuestion, pendingQuestion } from '../../intents/answers/pendingQuestion.js';
import { yesOrNo } from '../../intents/answers/yesOrNo.js';
import { findRequestContext } from '../../intents/RequestContext.js';
import { readSlot } from '../../intents/slots/readSlot.js';

/**
 * Reads an answer to the skill's pending question before any handler is chosen:
 * - "yes" or "no" heard as the value of the slot the skill asked for becomes AMAZON.YesIntent or NoIntent
 *   (a device may fill the slot with the word instead of choosing the built-in intent);
 * - "yes" to "did you mean ledger?" becomes the question first asked, with ledger in its slot, so its answer,
 *   e-mail, audit and log line are exactly those of that question asked again.
 * Registered after the allow-list (a refused speaker gets nothing) and before the user-state prefetch, which
 * looks at the intent that will run.
 */
export const answerRequestInterceptor: RequestInterceptor = {
  process(input) {
    const { request } = input.requestEnvelope;
    if (request.type !== 'IntentRequest') return;
    const question = pendingQuestion(input);
    if (!question) return;
    if (question.kind !== 'confirmation' && request.intent.name === question.intent.name) {
      const word = yesOrNo(readSlot(input, question.slot).spoken);
      if (word)
        request.intent = {
          name: word === 'yes' ? 'AMAZON.YesIntent' : 'AMAZON.NoIntent',
          confirmationStatus: 'NONE',
        };
    }
    if (request.intent.name === 'AMAZON.YesIntent' && question.kind === 'suggestion') {
      const [only, ...others] = question.suggestions;
      if (only === undefined || others.length > 0) return;
      request.intent = withSuggestion(question.intent, question.slot, only);
      request.dialogState = 'COMPLETED';
      forgetQuestion(input);
      findRequestContext(input)?.logger.info('Suggestion accepted', {
        intent: request.intent.name,
        slot: question.slot,
      });
    }
  },
};
