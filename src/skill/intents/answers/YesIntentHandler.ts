import { spokenNameOf } from '../../domain/fleet/nameReadings.js';
import { toSsml } from '../../speech/toSsml.js';
import { intentHandler } from '../intentHandler.js';
import { respond } from '../respond.js';
import { pendingQuestion, rememberQuestion } from './pendingQuestion.js';

/**
 * "Yes" that the request interceptor did not turn into the question asked again (AnswerRequestInterceptor
 * does that for a single "did you mean"): several names offered get "which one?", a question that wants a
 * value is asked again, and a yes with no question pending gets a plain answer rather than the fallback.
 */
export const YesIntentHandler = intentHandler('AMAZON.YesIntent', (input, { strings }) => {
  const words = strings.answers;
  const question = pendingQuestion(input);
  if (question?.kind === 'suggestion') {
    rememberQuestion(input, question);
    const names = question.suggestions.map((name) =>
      spokenNameOf({ name, readings: question.readings?.[name] ?? {} }, strings.locale),
    );
    const text = toSsml(words.whichOne(names));
    return input.responseBuilder
      .speak(text)
      .reprompt(text)
      .addElicitSlotDirective(question.slot, question.intent)
      .getResponse();
  }
  if (question?.kind === 'slot' || question?.kind === 'confirmation') {
    rememberQuestion(input, question);
    // "I need an answer to my question", then the question itself, word for word.
    const text = [toSsml(words.needsValue), question.speech].filter(Boolean).join(' ');
    const builder = input.responseBuilder.speak(text).reprompt(question.speech ?? text);
    return question.kind === 'slot'
      ? builder.addElicitSlotDirective(question.slot, question.intent).getResponse()
      : builder.addConfirmIntentDirective(question.intent).getResponse();
  }
  return respond(input, { speech: words.nothingToConfirm, reprompt: strings.reprompt });
});
