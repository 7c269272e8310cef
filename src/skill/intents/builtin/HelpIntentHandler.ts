import { intentHandler } from '../intentHandler.js';
import { respond } from '../respond.js';
import { taskAskingForCode } from '../tasks/taskAskingForCode.js';
import { elicitMfaCode } from '../tasks/taskDialog.js';
import { fleetExample } from './fleetExample.js';

/** How long help waits for a Region the container is still loading before it names the demo examples. */
const HELP_WAIT_MS = 1_000;

/**
 * Help in context. While the skill asks for a task's MFA code, Alexa sends "help" as AMAZON.HelpIntent with
 * the session: the answer says how to give the code or leave and asks for it again (Dialog.ElicitSlot for
 * the task's intent), so the task stays pending and the code said next continues it. Otherwise its examples
 * name an instance and a Region of the fleet the container holds, so following them works on any fleet.
 */
export const HelpIntentHandler = intentHandler('AMAZON.HelpIntent', async (input, context) => {
  const { strings } = context;
  const task = taskAskingForCode(input);
  if (task) return elicitMfaCode(input, strings.tasks.codeHelp, task);
  const example = await fleetExample(context, HELP_WAIT_MS);
  const help = example ? strings.helpFor(example) : strings.help;
  return respond(input, {
    speech: help.speech,
    reprompt: help.reprompt,
    card: { title: strings.skillName },
  });
});
