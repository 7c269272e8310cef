import type { IntentRequest } from 'ask-sdk-model';
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
import type { TaskKind } from '../../domain/tasks/TaskKind.js';
import type { TaskPlan } from '../../domain/tasks/TaskPlan.js';
import { type IntentHandler, intentHandler } from '../intentHandler.js';
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

/**
 * RebootInstance and FailoverInstance: one conversation, in this order, each step answering before the
 * next one could change anything.
 *
 * 1. Locked out? Refuse (nothing else is read).
 * 2. Find the instance. A "no" to the confirmation ends here: nothing was verified or changed.
 * 3. Check the task fits the instance now (available, Multi-AZ or Aurora, cluster not busy).
 * 4. No code, not a code, or a code this user already sent: ask for one (Dialog.ElicitSlot).
 * 5. Not yet confirmed by a yes to the skill's own question about this very plan: ask (Dialog.ConfirmIntent).
 *    The code is not checked before the yes, so a "no" never spends it.
 * 6. Remember the code as used and save that, then send it to STS once. Rejected: count it (three in 15
 *    minutes lock tasks for 15 minutes) and ask for the next code. Accepted: run the RDS call.
 *
 * Every ending (and every refusal) is an audit record.
 */
export function taskHandler(kind: TaskKind): IntentHandler {
  return intentHandler(TASK_INTENTS[kind], async (input, context) => {
    const { services, strings, deadline } = context;
    const words = strings.tasks;
    const intent = (input.requestEnvelope.request as IntentRequest).intent;
    const now = context.now();
    const userKey = stateKey(input.requestEnvelope);
    const who = auditWho(input.requestEnvelope);
    const audit = (outcome: Outcome, speech: string) =>
      services.audit.record(input, context, { ...who, what: intent.name, ...outcome }, speech);

    const state = await services.userState.load(input);
    const ledger = new MfaLedger(state, userKey, now);
    const lockedUntil = ledger.lockedUntil();
    if (lockedUntil !== undefined) {
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

    const { instance, name, regionName } = await targetInstance(input, context);
    if (intent.confirmationStatus === 'DENIED') {
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
        const speech = words.refused(error.reason, kind, name, regionName, error.detail);
        const detail = error.detail ? `${error.reason}: ${error.detail}` : error.reason;
        await audit(
          { result: 'refusedNotPossible', instance: instance.identifier, region: instance.region, detail },
          speech,
        );
      }
      throw error;
    }
    const facts = planFacts(plan);
    const taskWords = {
      action: plan.action,
      name,
      region: regionName,
      ...(plan.target ? { target: plan.target.name } : {}),
    };

    const heardCode = readSlot(input, SLOTS.mfaCode).spoken;
    const code = normaliseMfaCode(heardCode);
    if (heardCode === undefined || heardCode === '?') return elicitMfaCode(input, words.askCode, intent);
    if (code === undefined) return elicitMfaCode(input, words.codeMalformed, intent);
    if (ledger.wasUsed(code)) {
      forgetPendingTask(input);
      await audit({ ...facts, result: 'codeReused' }, words.codeReused);
      return elicitMfaCode(input, words.codeReused, intent);
    }

    if (intent.confirmationStatus !== 'CONFIRMED' || !confirmsPendingTask(input, plan)) {
      rememberPendingTask(input, pendingTaskOf(plan));
      return confirmTask(input, words.confirm(taskWords), intent);
    }
    forgetPendingTask(input);

    // The code is spent from here on: saved as used before it leaves, so no path can send it twice.
    const spent = ledger.withUsed(code);
    await services.userState.save(input, spent);
    let verdict: Awaited<ReturnType<typeof services.mfa.verify>>;
    try {
      verdict = await services.mfa.verify(code, deadline);
    } catch (error) {
      const result = error instanceof MfaNotConfigured ? 'mfaUnavailable' : 'failed';
      const speech =
        error instanceof MfaNotConfigured
          ? words.mfaNotConfigured
          : error instanceof AwsCallFailed
            ? strings.errors.aws(error.reason)
            : strings.errors.generic;
      await audit({ ...facts, result, detail: error instanceof Error ? error.name : 'unknown' }, speech);
      throw error;
    }

    if (verdict === 'rejected') {
      const rejected = new MfaLedger(spent, userKey, now).withRejection();
      await services.userState.save(input, rejected);
      const after = new MfaLedger(rejected, userKey, now);
      if (after.lockedUntil() !== undefined) {
        const speech = words.lockedOut(MFA_POLICY.lockMs);
        await audit({ ...facts, result: 'lockedOut' }, speech);
        return respond(input, { speech, endSession: true });
      }
      const speech = words.codeRejected(after.triesLeft());
      await audit({ ...facts, result: 'codeRejected' }, speech);
      return elicitMfaCode(input, speech, intent);
    }

    try {
      await services.tasks.run(plan, deadline);
    } catch (error) {
      const refused = error instanceof TaskRefused;
      const speech = refused
        ? words.refused(error.reason, kind, name, regionName, error.detail)
        : error instanceof AwsCallFailed
          ? strings.errors.aws(error.reason)
          : strings.errors.generic;
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
