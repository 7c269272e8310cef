import type { Response } from 'ask-sdk-model';
import { regionSpokenName } from '../../domain/fleet/regions.js';
import { TaskRefused } from '../../domain/tasks/errors.js';
import { pendingTaskOf } from '../../domain/tasks/PendingTask.js';
import type { TaskKind } from '../../domain/tasks/TaskKind.js';
import type { TaskPlan } from '../../domain/tasks/TaskPlan.js';
import type { TaskRunResult } from '../../domain/tasks/TaskService.js';
import type { IntentHandler } from '../intentHandler.js';
import { SLOTS } from '../interactionModel.js';
import type { RequestContext } from '../RequestContext.js';
import { respond } from '../respond.js';
import { readSlot } from '../slots/readSlot.js';
import { type TargetInstance, targetInstance } from '../slots/targetInstance.js';
import type { AuditFacts, GuardedPlan, GuardedTask, GuardedTurn } from './GuardedTurn.js';
import { guardedTaskHandler } from './guardedTaskHandler.js';
import { TASK_INTENTS } from './TASK_INTENTS.js';

function planFacts(plan: TaskPlan): AuditFacts {
  return {
    action: plan.action,
    instance: plan.instance.identifier,
    region: plan.instance.region,
    ...(plan.clusterIdentifier ? { cluster: plan.clusterIdentifier } : {}),
    ...(plan.target ? { target: plan.target.identifier } : {}),
  };
}

/** What a task will do, in the words of the request's locale. */
type TaskWords = Parameters<RequestContext['strings']['tasks']['confirm']>[0];

/** A planned reboot or failover and the words that name it. */
interface Planned extends GuardedPlan {
  readonly plan: TaskPlan;
  readonly words: TaskWords;
}

/**
 * A reboot or a failover as a GuardedTask: planned by TaskService (what can be checked is checked before a
 * code is asked for) and run with one RebootDBInstance or FailoverDBCluster.
 */
function rebootOrFailover(kind: TaskKind): GuardedTask<Planned> {
  const words = (turn: GuardedTurn<Planned>) => turn.context.strings.tasks;

  async function cancel(turn: GuardedTurn<Planned>, target: TargetInstance): Promise<Response> {
    turn.on('denied');
    const speech = words(turn).cancelled(kind, target.name, target.regionName);
    await turn.forgetConfirmation();
    await turn.audit(
      { result: 'cancelled', instance: target.instance.identifier, region: target.instance.region },
      speech,
    );
    return respond(turn.input, { speech, card: { title: words(turn).cards.task(kind, target.name) } });
  }

  return {
    /** The instance and Region as heard. */
    heardFacts(turn) {
      const heard = readSlot(turn.input, SLOTS.instance).spoken;
      const region = readSlot(turn.input, SLOTS.region).id;
      return { ...(heard ? { instance: heard } : {}), ...(region ? { region } : {}) };
    },

    async plan(turn) {
      const { services, deadline } = turn.context;
      const target = await targetInstance(turn.input, turn.context);
      if (turn.intent.confirmationStatus === 'DENIED') return cancel(turn, target);
      const { instance, name, regionName } = target;
      let plan: TaskPlan;
      try {
        plan = await services.tasks.plan(kind, instance, readSlot(turn.input, SLOTS.target).spoken, deadline);
      } catch (error) {
        if (error instanceof TaskRefused) {
          turn.on('notPossible');
          const speech = words(turn).refused(error.reason, kind, name, regionName, error.detail);
          const detail = error.detail ? `${error.reason}: ${error.detail}` : error.reason;
          await turn.audit(
            { result: 'refusedNotPossible', instance: instance.identifier, region: instance.region, detail },
            speech,
          );
        }
        throw error;
      }
      const taskWords: TaskWords = {
        action: plan.action,
        name,
        region: regionName,
        ...(plan.target ? { target: plan.target.name } : {}),
      };
      return {
        plan,
        words: taskWords,
        facts: planFacts(plan),
        pending: pendingTaskOf(plan),
        question: words(turn).confirm(taskWords),
      };
    },

    async run(turn, planned) {
      const { services, deadline } = turn.context;
      const { plan, facts } = planned;
      let result: TaskRunResult;
      try {
        result = await services.tasks.run(plan, deadline);
      } catch (error) {
        if (error instanceof TaskRefused) {
          turn.on('rdsRefused');
          const speech = words(turn).refused(
            error.reason,
            kind,
            planned.words.name,
            planned.words.region,
            error.detail,
          );
          await turn.audit({ ...facts, result: 'refusedNotPossible', detail: error.reason }, speech);
        } else {
          await turn.fail(error, facts, 'runFailed');
        }
        throw error;
      } finally {
        // Whatever RDS did, the cached status of this Region is no longer worth trusting.
        services.inventory.invalidate(plan.instance.region);
      }
      const card = { title: words(turn).cards.task(kind, planned.words.name) };
      if (result.outcome === 'unknown') {
        turn.on('outcomeUnknown');
        const speech = words(turn).unknownOutcome(planned.words, result.status);
        const detail = `status ${result.status ?? 'unread'} after ${result.cause}`;
        await turn.audit({ ...facts, result: 'unknownOutcome', detail }, speech);
        return respond(turn.input, { speech, endSession: true, card });
      }
      turn.on('ran');
      const speech = words(turn).done(planned.words);
      await turn.audit({ ...facts, result: 'done' }, speech);
      const where = `${plan.instance.identifier} (${regionSpokenName(plan.instance.region)}, ${plan.instance.region})`;
      return respond(turn.input, { speech, card: { ...card, content: `${speech}\n\n${where}` } });
    },

    lockWords: (turn) => words(turn),
  };
}

/** RebootInstance and FailoverInstance: one conversation (GuardedTurn), behind MFA and a confirmation. */
export function taskHandler(kind: TaskKind): IntentHandler {
  return guardedTaskHandler(TASK_INTENTS[kind], rebootOrFailover(kind));
}
