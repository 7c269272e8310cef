import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { CheckName } from '../../domain/bastion/CheckName.js';
import type { CheckOutput } from '../../domain/bastion/CheckOutput.js';
import type { RequestContext } from '../RequestContext.js';
import { type Answer, respond } from '../respond.js';
import { type TargetInstance, targetInstance } from '../slots/targetInstance.js';

/**
 * The shape every bastion intent shares: find the instance, refuse what cannot run (before saying
 * "Checking..."), send the progressive response while the bastion works, and answer either from the
 * result or with "still running, I will e-mail it".
 */
export async function answerBastionCheck(
  input: HandlerInput,
  context: RequestContext,
  check: (target: TargetInstance) => { readonly check: CheckName; readonly parameter?: string },
  answer: (output: CheckOutput, target: TargetInstance) => Answer,
): Promise<Response> {
  const { services, strings, deadline } = context;
  const target = await targetInstance(input, context);
  const where = { instance: target.name, region: target.regionName };
  const request = check(target);
  services.bastion.assertRunnable(target.instance, request.check);
  const progress = services.progress(input, strings.bastion.checking(where));
  try {
    const outcome = await services.bastion.run({ instance: target.instance, ...request }, deadline);
    if (outcome.state === 'running') {
      return respond(input, { speech: strings.bastion.running(where, outcome.notifying) });
    }
    return respond(input, answer(outcome.output, target));
  } finally {
    // Never rejects (errors are swallowed where it is made); awaited so no request leaves work behind.
    await progress;
  }
}
