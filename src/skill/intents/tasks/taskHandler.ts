import type { Intent } from 'ask-sdk-model';
import { AwsCallFailed } from '../../../aws/AwsCallFailed.js';
import type { AuditEntry } from '../../domain/audit/AuditEntry.js';
import { auditWho } from '../../domain/audit/auditWho.js';
import { regionSpokenName } from '../../domain/fleet/regions.js';
import { MfaNotConfigured } from '../../domain/mfa/errors.js';
import { MFA_POLICY } from '../../domain/mfa/MFA_POLICY.js';
import { MfaLedger } from '../../domain/mfa/MfaLedger.js';
import { normaliseMfaCode } from '../../domain/mfa/normaliseMfaCode.js';
import { stateKey } from '../../domain/state/stateKey.js';
import { TaskRefused } from '../../domain/tasks/errors.js';
import {
  INITIAL_TASK_STATE,
  type TaskEventType,
  type TaskState,
  transition,
} from '../../domain/tasks/TaskConversation.js';
import type { TaskKind } from '../../domain/tasks/TaskKind.js';
import type { TaskPlan } from '../../domain/tasks/TaskPlan.js';
import type { TaskRunResult } from '../../domain/tasks/TaskService.js';
import type { IntentHandler } from '../intentHandler.js';
import { intentHandler } from '../intentHandler.js';
import { SLOTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { readSlot } from '../slots/readSlot.js';
import { targetInstance } from '../slots/targetInstance.js';
import { confirmsPendingTask, forgetPendingTask, pendingTaskOf, rememberPendingTask } from './pendingTask.js';
import { TASK_INTENTS } from './TASK_INTENTS.js';
import { confirmTask, elicitMfaCode } from './taskDialog.js';

type Outcome = Omit<AuditEntry, 'who' | 'person' | 'what'>;

function planFacts(plan: TaskPlan): Omit<Outcome, 'result'> {
  return {
    action: plan.action,
    instance: plan.instance.identifier,
    region: plan.instance.region,
    ...(plan.clusterIdentifier ? { cluster: plan.clusterIdentifier } : {}),
    ...(plan.target ? { target: plan.target.identifier } : {}),
  };
}

/** The words of an AWS failure the user should hear plainly, or the generic apology. */
function failureWords(
  error: unknown,
  strings: { errors: { aws: (r: AwsCallFailed['reason']) => string; generic: string } },
) {
  return error instanceof AwsCallFailed ? strings.errors.aws(error.reason) : strings.errors.generic;
}

/**
 * RebootInstance and FailoverInstance. The conversation's order lives in domain/tasks/TaskConversation.ts;
 * this handler walks it once per request: it reads the slots, calls the services, feeds what it observed in
 * as events, and speaks when the machine reaches a state that ends the turn. Every ending that decides
 * something (not the questions) is an audit record.
 */
export function taskHandler(kind: TaskKind): IntentHandler {
  return intentHandler(TASK_INTENTS[kind], async (input, context, intent: Intent) => {
    const { services, strings, deadline } = context;
    const words = strings.tasks;
    const now = context.now();
    const userKey = stateKey(input.requestEnvelope);
    const who = auditWho(input.requestEnvelope);
    const audit = (outcome: Outcome, speech: string) =>
      services.audit.record(input, context, { ...who, what: intent.name, ...outcome }, speech);
    let state: TaskState = INITIAL_TASK_STATE;
    const on = (event: TaskEventType): TaskState => {
      state = transition(state, { type: event });
      return state;
    };

    // checkingLock
    const userState = await services.userState.load(input);
    const ledger = new MfaLedger(userState, userKey, now);
    const lockedUntil = ledger.lockedUntil();
    if (lockedUntil !== undefined) {
      on('locked');
      const speech = words.locked(lockedUntil - now);
      forgetPendingTask(input);
      // The words heard, not a lookup: a locked user gets nothing read on their behalf.
      const heard = readSlot(input, SLOTS.instance).spoken;
      const region = readSlot(input, SLOTS.region).id;
      await audit(
        { result: 'refusedLocked', ...(heard ? { instance: heard } : {}), ...(region ? { region } : {}) },
        speech,
      );
      return respond(input, { speech, endSession: true });
    }
    on('notLocked');

    // planning
    const { instance, name, regionName } = await targetInstance(input, context);
    if (intent.confirmationStatus === 'DENIED') {
      on('denied');
      const speech = words.cancelled(kind, name, regionName);
      forgetPendingTask(input);
      await audit({ result: 'cancelled', instance: instance.identifier, region: instance.region }, speech);
      return respond(input, { speech, card: { title: words.cards.task(kind, name) } });
    }
    let plan: TaskPlan;
    try {
      plan = await services.tasks.plan(kind, instance, readSlot(input, SLOTS.target).spoken, deadline);
    } catch (error) {
      if (error instanceof TaskRefused) {
        on('notPossible');
        const speech = words.refused(error.reason, kind, name, regionName, error.detail);
        const detail = error.detail ? `${error.reason}: ${error.detail}` : error.reason;
        await audit(
          { result: 'refusedNotPossible', instance: instance.identifier, region: instance.region, detail },
          speech,
        );
      }
      throw error;
    }
    on('planned');
    const facts = planFacts(plan);
    const taskWords = {
      action: plan.action,
      name,
      region: regionName,
      ...(plan.target ? { target: plan.target.name } : {}),
    };

    // checkingCode
    const heardCode = readSlot(input, SLOTS.mfaCode).spoken;
    const code = normaliseMfaCode(heardCode);
    if (heardCode === undefined || heardCode === '?') {
      on('codeMissing');
      return elicitMfaCode(input, words.askCode, intent);
    }
    if (code === undefined) {
      on('codeMalformed');
      return elicitMfaCode(input, words.codeMalformed, intent);
    }
    if (ledger.wasUsed(code)) {
      on('codeUsed');
      forgetPendingTask(input);
      await audit({ ...facts, result: 'codeReused' }, words.codeReused);
      return elicitMfaCode(input, words.codeReused, intent);
    }
    on('codeFresh');

    // checkingConfirmation: the code is not checked before the yes, so a "no" never spends it.
    if (intent.confirmationStatus !== 'CONFIRMED') {
      on('notConfirmed');
      rememberPendingTask(input, pendingTaskOf(plan));
      return confirmTask(input, words.confirm(taskWords), intent);
    }
    if (!confirmsPendingTask(input, plan)) {
      on('confirmationNotFound');
      rememberPendingTask(input, pendingTaskOf(plan));
      return confirmTask(input, words.confirm(taskWords), intent);
    }
    on('confirmed');
    forgetPendingTask(input);

    // claiming: the code is spent from here on, saved as used before it leaves, so no path sends it twice.
    const spent = ledger.withUsed(code);
    await services.userState.save(input, spent);
    on('attemptClaimed');

    // verifying
    let verdict: Awaited<ReturnType<typeof services.mfa.verify>>;
    try {
      verdict = await services.mfa.verify(code, deadline);
    } catch (error) {
      const unavailable = error instanceof MfaNotConfigured;
      on(unavailable ? 'mfaUnavailable' : 'verifyFailed');
      const speech = unavailable ? words.mfaNotConfigured : failureWords(error, strings);
      await audit(
        {
          ...facts,
          result: unavailable ? 'mfaUnavailable' : 'failed',
          detail: error instanceof Error ? error.name : 'unknown',
        },
        speech,
      );
      throw error;
    }
    if (verdict === 'rejected') {
      const rejected = new MfaLedger(spent, userKey, now).withRejection();
      await services.userState.save(input, rejected);
      const after = new MfaLedger(rejected, userKey, now);
      if (after.lockedUntil() !== undefined) {
        on('lockedOut');
        const speech = words.lockedOut(MFA_POLICY.lockMs);
        await audit({ ...facts, result: 'lockedOut' }, speech);
        return respond(input, { speech, endSession: true });
      }
      on('codeRejected');
      const speech = words.codeRejected(after.triesLeft());
      await audit({ ...facts, result: 'codeRejected' }, speech);
      return elicitMfaCode(input, speech, intent);
    }
    on('codeAccepted');

    // running
    let result: TaskRunResult;
    try {
      result = await services.tasks.run(plan, deadline);
    } catch (error) {
      const refused = error instanceof TaskRefused;
      on(refused ? 'rdsRefused' : 'runFailed');
      const speech = refused
        ? words.refused(error.reason, kind, name, regionName, error.detail)
        : failureWords(error, strings);
      await audit(
        {
          ...facts,
          result: refused ? 'refusedNotPossible' : 'failed',
          detail: refused ? error.reason : error instanceof Error ? error.name : 'unknown',
        },
        speech,
      );
      throw error;
    } finally {
      // Whatever RDS did, the cached status of this Region is no longer worth trusting.
      services.inventory.invalidate(plan.instance.region);
    }
    if (result.outcome === 'unknown') {
      on('outcomeUnknown');
      const speech = words.unknownOutcome(taskWords, result.status);
      await audit(
        {
          ...facts,
          result: 'unknownOutcome',
          detail: `status ${result.status ?? 'unread'} after ${result.cause}`,
        },
        speech,
      );
      return respond(input, { speech, endSession: true, card: { title: words.cards.task(kind, name) } });
    }
    on('ran');
    const speech = words.done(taskWords);
    await audit({ ...facts, result: 'done' }, speech);
    return respond(input, {
      speech,
      card: {
        title: words.cards.task(kind, name),
        content: `${speech}\n\n${plan.instance.identifier} (${regionSpokenName(plan.instance.region)}, ${plan.instance.region})`,
      },
    });
  });
}
