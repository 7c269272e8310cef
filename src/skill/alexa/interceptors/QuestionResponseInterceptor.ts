import type { ResponseInterceptor } from 'ask-sdk-core';
import type { Directive, Intent } from 'ask-sdk-model';
import {
  forgetQuestion,
  type PendingQuestion,
  questionAskedNow,
  rememberQuestion,
} from '../../intents/answers/pendingQuestion.js';

/** The question a Dialog directive asks, about its updated intent (or the request's own). */
function questionOf(directive: Directive, current: Intent | undefined, speech: string | undefined) {
  const said = speech ? { speech } : {};
  const ask = (intent: Intent | undefined, question: (intent: Intent) => PendingQuestion) =>
    intent ? question(intent) : undefined;
  switch (directive.type) {
    case 'Dialog.ElicitSlot':
      return ask(directive.updatedIntent ?? current, (intent) => ({
        kind: 'slot',
        intent,
        slot: directive.slotToElicit,
        ...said,
      }));
    case 'Dialog.ConfirmSlot':
      return ask(directive.updatedIntent ?? current, (intent) => ({
        kind: 'slot',
        intent,
        slot: directive.slotToConfirm,
        ...said,
      }));
    case 'Dialog.ConfirmIntent':
      return ask(directive.updatedIntent ?? current, (intent) => ({ kind: 'confirmation', intent, ...said }));
    default:
      return undefined;
  }
}

/**
 * Keeps the question the answer asks (Dialog.ElicitSlot, ConfirmSlot or ConfirmIntent from any handler) in
 * the session, and forgets it when the answer asks nothing, so a later "yes" or "no" is read against the
 * question actually pending. A question a handler set itself (a "did you mean") is left as it is.
 */
export const questionResponseInterceptor: ResponseInterceptor = {
  process(input, response) {
    if (!response || !input.requestEnvelope.session || questionAskedNow(input)) return;
    const { request } = input.requestEnvelope;
    const current = request.type === 'IntentRequest' ? request.intent : undefined;
    const speech =
      response.outputSpeech?.type === 'SSML'
        ? response.outputSpeech.ssml.replace(/^<speak>|<\/speak>$/g, '')
        : undefined;
    const question = (response.directives ?? [])
      .map((directive) => questionOf(directive, current, speech))
      .find((found) => found !== undefined);
    if (question) rememberQuestion(input, question);
    else forgetQuestion(input);
  },
};
