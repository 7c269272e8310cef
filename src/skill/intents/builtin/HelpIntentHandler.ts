import { intentHandler } from '../intentHandler.js';
import { respond } from '../respond.js';
import { pendingTaskQuestion } from '../tasks/pendingTaskQuestion.js';
import { confirmTaskAgain, elicitMfaCode } from '../tasks/taskDialog.js';
import { fleetExample } from './fleetExample.js';

/** How long help waits for a Region the container is still loading before it names the demo examples. */
const HELP_WAIT_MS = 1_000;

/**
 * Help in context. While the skill asks for a task's MFA code, Alexa sends "help" as AMAZON.HelpIntent with
 * the session: the answer says how to give the code or leave and asks for it again (Dialog.ElicitSlot for
 * the task's intent), so the task stays pending and the code said next continues it. While it asks to confirm
 * the task ("Reboot payroll in Oregon?"), the answer says what a yes and a no do and asks the question again
 * (Dialog.ConfirmIntent). Otherwise its examples
 * name an instance and a Region of the fleet the container holds, so following them works on any fleet.
 */
export const HelpIntentHandler = intentHandler('AMAZON.HelpIntent', async (input, context) => {
  const { strings } = context;
  const task = pendingTaskQuestion(input);
  if (task?.asks === 'code') return elicitMfaCode(input, strings.tasks.codeHelp, task.intent);
  if (task?.asks === 'confirmation')
    return confirmTaskAgain(input, strings.tasks.confirmHelp, task.intent, task.speech);
  const example = await fleetExample(context, HELP_WAIT_MS);
  const help = example ? strings.helpFor(example) : strings.help;
  return respond(input, {
    speech: help.speech,
    reprompt: help.reprompt,
    card: { title: strings.skillName },
  });
});
