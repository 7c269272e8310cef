import { intentHandler } from '../intentHandler.js';
import { respond } from '../respond.js';
import { pendingTaskQuestion } from '../tasks/pendingTaskQuestion.js';
import { elicitMfaCode } from '../tasks/taskDialog.js';

/**
 * Words the model does not know. While the skill asks for a task's MFA code ("I don't have it"), the answer
 * says how to leave (cancel) and asks for the code again, keeping the task; otherwise the generic fallback.
 */
export const FallbackIntentHandler = intentHandler('AMAZON.FallbackIntent', (input, { strings }) => {
  const task = pendingTaskQuestion(input);
  if (task?.asks === 'code') return elicitMfaCode(input, strings.tasks.codeNotHeard, task.intent);
  return respond(input, { speech: strings.fallback.speech, reprompt: strings.fallback.reprompt });
});
