import type { Response } from 'ask-sdk-model';
import type { PendingTask } from '../../domain/tasks/PendingTask.js';
import { UserTaskRefused } from '../../domain/users/errors.js';
import type { UserTaskStart } from '../../domain/users/UserManagementService.js';
import type { UserAction, UserTaskPlan } from '../../domain/users/UserTask.js';
import type { UserWords } from '../../speech/UserStrings.js';
import { SLOTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { readSlot } from '../slots/readSlot.js';
import { targetInstance } from '../slots/targetInstance.js';
import type { AuditFacts, GuardedPlan, GuardedTask, GuardedTurn } from '../tasks/GuardedTurn.js';
import { answerUserTask } from './answerUserTask.js';
import { readUserRequest } from './readUserRequest.js';
import { spokenRefusalDetail } from './spokenRefusalDetail.js';

type GuardedAction = Exclude<UserAction, 'listUsers'>;

/** A planned user change and the words that name it. */
interface Planned extends GuardedPlan {
  readonly plan: UserTaskPlan;
  readonly words: UserWords;
}

/**
 * Exactly what a yes agrees to, in the shape the server-side confirmation store keeps (its fields are
 * strings compared byte for byte): the action, the role, the instance, its database and the user.
 */
function pendingOf(plan: UserTaskPlan): PendingTask {
  return {
    kind: plan.action,
    action: plan.role ?? '',
    instance: plan.instance.identifier,
    region: plan.instance.region,
    cluster: plan.database,
    target: plan.username ?? '',
  };
}

function factsOf(plan: UserTaskPlan): AuditFacts {
  return {
    action: plan.action,
    instance: plan.instance.identifier,
    region: plan.instance.region,
    ...(plan.username ? { target: plan.username } : {}),
  };
}

/**
 * CreateDatabaseUser, ResetDatabaseUserPassword or RemoveDatabaseUser as a GuardedTask: the reboot's
 * conversation (GuardedTurn: lock, code, confirmation, claim, STS) with UserManagementService as plan and
 * run. The name and role are read first (asked for when missing, refused when user management would refuse
 * them), then the instance; the run is one StartAutomationExecution and the outcome as far as the answer
 * can wait for it.
 */
export function userTask(action: GuardedAction): GuardedTask<Planned> {
  const words = (turn: GuardedTurn<Planned>) => turn.context.strings.users;

  function heardFacts(turn: GuardedTurn<Planned>): AuditFacts {
    const heard = readSlot(turn.input, SLOTS.instance).spoken;
    const region = readSlot(turn.input, SLOTS.region).id;
    return { action, ...(heard ? { instance: heard } : {}), ...(region ? { region } : {}) };
  }

  function askSlot(turn: GuardedTurn<Planned>, slot: 'userName' | 'role'): Response {
    const speech = slot === 'userName' ? words(turn).askUserName(action) : words(turn).askRole;
    return turn.input.responseBuilder
      .speak(speech)
      .reprompt(speech)
      .addElicitSlotDirective(slot, { ...turn.intent, confirmationStatus: 'NONE' })
      .getResponse();
  }

  async function refuse(turn: GuardedTurn<Planned>, speech: string, detail: string): Promise<Response> {
    turn.on('notPossible');
    await turn.forgetConfirmation();
    await turn.audit({ ...heardFacts(turn), result: 'refusedNotPossible', detail }, speech);
    return respond(turn.input, { speech });
  }

  return {
    heardFacts,

    async plan(turn) {
      const request = readUserRequest(turn.input, action);
      if ('ask' in request) return askSlot(turn, request.ask);
      if ('refused' in request) {
        const { problem, spoken } = request.refused;
        return refuse(turn, words(turn).nameRefused(problem, spoken), `name ${problem}`);
      }
      const target = await targetInstance(turn.input, turn.context);
      const heard = { name: target.name, region: target.regionName };
      if (turn.intent.confirmationStatus === 'DENIED') {
        turn.on('denied');
        const speech = words(turn).cancelled(action, heard.name, heard.region);
        await turn.forgetConfirmation();
        await turn.audit({ action, instance: target.instance.identifier, result: 'cancelled' }, speech);
        return respond(turn.input, { speech });
      }
      let plan: UserTaskPlan;
      try {
        plan = turn.context.services.users.plan(action, target.instance, request);
      } catch (error) {
        if (!(error instanceof UserTaskRefused)) throw error;
        const detail = spokenRefusalDetail(error, turn.context.strings);
        const speech = words(turn).refused(error.reason, action, heard.name, heard.region, detail);
        return refuse(turn, speech, error.detail ? `${error.reason}: ${error.detail}` : error.reason);
      }
      const userWords: UserWords = {
        action,
        ...heard,
        database: plan.database,
        ...(plan.username ? { username: plan.username } : {}),
        ...(plan.role ? { role: plan.role } : {}),
      };
      return {
        plan,
        words: userWords,
        facts: factsOf(plan),
        pending: pendingOf(plan),
        question: words(turn).confirm(userWords),
      };
    },

    async run(turn, planned) {
      const { services, deadline } = turn.context;
      let started: UserTaskStart;
      try {
        started = await services.users.start(planned.plan, deadline);
      } catch (error) {
        await turn.fail(error, planned.facts, 'runFailed');
        throw error;
      }
      if (started.state === 'unknown') {
        turn.on('outcomeUnknown');
        const speech = words(turn).unknownOutcome(planned.words);
        await turn.audit({ ...planned.facts, result: 'unknownOutcome', detail: started.cause }, speech);
        const card = { title: words(turn).cardTitle(planned.words) };
        return respond(turn.input, { speech, endSession: true, card });
      }
      turn.on('ran');
      const outcome = await services.users.outcome(planned.plan, started.executionId, deadline);
      return answerUserTask(turn.input, turn.context, planned.words, outcome, (speech, detail) =>
        turn.audit({ ...planned.facts, result: 'done', detail }, speech),
      );
    },

    lockWords: (turn) => words(turn),
  };
}
