import { type IntentHandler, intentHandler } from '../intentHandler.js';
import { type GuardedPlan, type GuardedTask, GuardedTurn } from './GuardedTurn.js';

/**
 * The handler of one guarded change (a reboot, a failover, a user created or removed): every request of its
 * intent is one GuardedTurn of the same task, so the MFA, confirmation and claim steps stay in one place.
 */
export function guardedTaskHandler<P extends GuardedPlan>(
  intentName: string,
  task: GuardedTask<P>,
): IntentHandler {
  return intentHandler(intentName, (input, context, intent) =>
    new GuardedTurn(task, input, context, intent).answer(),
  );
}
