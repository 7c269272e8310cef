import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import type { AuditEntry } from '../../domain/audit/AuditEntry.js';
import { auditWho } from '../../domain/audit/auditWho.js';
import type { DbInstanceSummary } from '../../domain/fleet/DbInstanceSummary.js';
import { regionSpokenName } from '../../domain/fleet/regions.js';
import { MfaNotConfigured } from '../../domain/mfa/errors.js';
import { MFA_POLICY } from '../../domain/mfa/MFA_POLICY.js';
import type { AttemptAdmission, AttemptTicket } from '../../domain/mfa/MfaGuard.js';
import type { MfaVerdict } from '../../domain/mfa/MfaVerifier.js';
import { normaliseMfaCode } from '../../domain/mfa/normaliseMfaCode.js';
import { stateKey } from '../../domain/state/stateKey.js';
import { TaskRefused } from '../../domain/tasks/errors.js';
import { type PendingTask, pendingTaskOf } from '../../domain/tasks/PendingTask.js';
import {
  INITIAL_TASK_STATE,
  type TaskEventType,
  type TaskState,
  transition,
} from '../../domain/tasks/TaskConversation.js';
import type { TaskKind } from '../../domain/tasks/TaskKind.js';
import type { TaskPlan } from '../../domain/tasks/TaskPlan.js';
import type { TaskRunResult } from '../../domain/tasks/TaskService.js';
import { speechForError } from '../errors/speechForError.js';
import { type IntentHandler, intentHandler } from '../intentHandler.js';
import { SLOTS } from '../interactionModel.js';
import type { RequestContext } from '../RequestContext.js';
import { respond } from '../respond.js';
import { readSlot } from '../slots/readSlot.js';
import { targetInstance } from '../slots/targetInstance.js';
import { forgetPendingTask, rememberPendingTask } from './pendingTask.js';
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

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}

/** What a task will do, in the words of the request's locale. */
type TaskWords = Parameters<RequestContext['strings']['tasks']['confirm']>[0];

/** A planned task and the words that name it. */
interface Planned {
  readonly plan: TaskPlan;
  readonly facts: Omit<Outcome, 'result'>;
  readonly words: TaskWords;
}

/**
 * One request of the RebootInstance/FailoverInstance conversation. The order of its steps is the state
 * machine in domain/tasks/TaskConversation.ts: each method observes one fact (reads a slot or calls a
 * service), feeds it to the machine as an event, and speaks when the machine reaches a turn's end. Every
 * ending that decides something (not the questions) is an audit record.
 */
class TaskTurn {
  private state: TaskState = INITIAL_TASK_STATE;
  private readonly now: number;
  private readonly userKey: string;
  private readonly sessionId: string;

  constructor(
    private readonly kind: TaskKind,
    private readonly input: HandlerInput,
    private readonly context: RequestContext,
    private readonly intent: Intent,
  ) {
    this.now = context.now();
    this.userKey = stateKey(input.requestEnvelope);
    this.sessionId = input.requestEnvelope.session?.sessionId ?? '';
  }

  async answer(): Promise<Response> {
    const { services } = this.context;
    // checkingLock: a locked user gets nothing read on their behalf, not even the instance.
    const lockedUntil = await services.mfaGuard.userLockedUntil(this.userKey, this.now);
    if (lockedUntil !== undefined) return this.refuseLocked(lockedUntil, this.heardFacts());
    this.on('notLocked');

    // planning
    const target = await targetInstance(this.input, this.context);
    if (this.intent.confirmationStatus === 'DENIED') return this.cancel(target);
    const planned = await this.plan(target);

    // checkingCode
    const heard = readSlot(this.input, SLOTS.mfaCode).spoken;
    const code = normaliseMfaCode(heard);
    if (heard === undefined || heard === '?') return this.askCode('codeMissing', this.words.askCode);
    if (code === undefined) return this.askCode('codeMalformed', this.words.codeMalformed);
    const serial = services.mfa.knownSerial();
    if (serial !== undefined && (await services.mfaGuard.wasUsed(serial, code, this.now))) {
      return this.codeReused('codeUsed', planned);
    }
    this.on('codeFresh');

    // checkingConfirmation: the code is not checked before the yes, so a "no" never spends it.
    const pending = pendingTaskOf(planned.plan);
    if (this.intent.confirmationStatus !== 'CONFIRMED') return this.askConfirmation('notConfirmed', planned);
    if (!(await this.consumeConfirmation(pending)))
      return this.askConfirmation('confirmationNotFound', planned);
    this.on('confirmed');
    forgetPendingTask(this.input);

    // claiming, verifying, running
    const ticket = await this.claim(code, planned);
    if (!('ticket' in ticket)) return ticket;
    const rejection = await this.verify(code, ticket.ticket, planned);
    if (rejection) return rejection;
    return this.run(planned);
  }

  private get words() {
    return this.context.strings.tasks;
  }

  private on(event: TaskEventType): void {
    this.state = transition(this.state, { type: event });
  }

  private audit(outcome: Outcome, speech: string): Promise<void> {
    const who = auditWho(this.input.requestEnvelope);
    return this.context.services.audit.record(
      this.input,
      this.context,
      { ...who, what: this.intent.name, ...outcome },
      speech,
    );
  }

  /** The instance and Region as heard, for a refusal that must not look anything up. */
  private heardFacts(): Omit<Outcome, 'result'> {
    const heard = readSlot(this.input, SLOTS.instance).spoken;
    const region = readSlot(this.input, SLOTS.region).id;
    return { ...(heard ? { instance: heard } : {}), ...(region ? { region } : {}) };
  }

  private async forgetConfirmation(): Promise<void> {
    forgetPendingTask(this.input);
    await this.context.services.pendingTasks.forget(this.userKey, this.sessionId);
  }

  private async refuseLocked(until: number, facts: Omit<Outcome, 'result'>): Promise<Response> {
    this.on(this.state.name === 'checkingLock' ? 'locked' : 'gateLocked');
    const speech = this.words.locked(until - this.now);
    await this.forgetConfirmation();
    await this.audit({ ...facts, result: 'refusedLocked' }, speech);
    return respond(this.input, { speech, endSession: true });
  }

  private async cancel(target: { instance: DbInstanceSummary; name: string; regionName: string }) {
    this.on('denied');
    const speech = this.words.cancelled(this.kind, target.name, target.regionName);
    await this.forgetConfirmation();
    await this.audit(
      { result: 'cancelled', instance: target.instance.identifier, region: target.instance.region },
      speech,
    );
    return respond(this.input, { speech, card: { title: this.words.cards.task(this.kind, target.name) } });
  }

  private async plan(target: {
    instance: DbInstanceSummary;
    name: string;
    regionName: string;
  }): Promise<Planned> {
    const { instance, name, regionName } = target;
    const { services, deadline } = this.context;
    let plan: TaskPlan;
    try {
      plan = await services.tasks.plan(
        this.kind,
        instance,
        readSlot(this.input, SLOTS.target).spoken,
        deadline,
      );
    } catch (error) {
      if (error instanceof TaskRefused) {
        this.on('notPossible');
        const speech = this.words.refused(error.reason, this.kind, name, regionName, error.detail);
        const detail = error.detail ? `${error.reason}: ${error.detail}` : error.reason;
        await this.audit(
          { result: 'refusedNotPossible', instance: instance.identifier, region: instance.region, detail },
          speech,
        );
      }
      throw error;
    }
    this.on('planned');
    return {
      plan,
      facts: planFacts(plan),
      words: {
        action: plan.action,
        name,
        region: regionName,
        ...(plan.target ? { target: plan.target.name } : {}),
      },
    };
  }

  private askCode(event: TaskEventType, speech: string): Response {
    this.on(event);
    return elicitMfaCode(this.input, speech, this.intent);
  }

  private async codeReused(event: TaskEventType, planned: Planned): Promise<Response> {
    this.on(event);
    await this.forgetConfirmation();
    await this.audit({ ...planned.facts, result: 'codeReused' }, this.words.codeReused);
    return elicitMfaCode(this.input, this.words.codeReused, this.intent);
  }

  private async askConfirmation(event: TaskEventType, planned: Planned): Promise<Response> {
    this.on(event);
    const pending = pendingTaskOf(planned.plan);
    await this.context.services.pendingTasks.remember(this.userKey, this.sessionId, pending, this.now);
    rememberPendingTask(this.input, pending);
    return confirmTask(this.input, this.words.confirm(planned.words), this.intent);
  }

  /**
   * Whether this yes answers the skill's own question about exactly this plan, consuming it so it answers
   * it once. The first turn of a session never does: the question was asked in an earlier turn.
   */
  private consumeConfirmation(pending: PendingTask): Promise<boolean> {
    if (this.input.requestEnvelope.session?.new !== false) return Promise.resolve(false);
    return this.context.services.pendingTasks.consume(this.userKey, this.sessionId, pending, this.now);
  }

  /** Spends the code and takes a place at the device's and the user's gates, or says why not. */
  private async claim(code: string, planned: Planned): Promise<Response | { ticket: AttemptTicket }> {
    const { services, deadline } = this.context;
    let admission: AttemptAdmission | undefined;
    try {
      const serial = await services.mfa.serial(deadline);
      if (await services.mfaGuard.claimCode(serial, code, this.now)) {
        admission = await services.mfaGuard.admit(serial, this.userKey, this.now);
      }
    } catch (error) {
      await this.fail(error, planned, 'claimFailed');
      throw error;
    }
    if (admission === undefined) return this.codeReused('codeUsed', planned);
    if (admission.admitted) {
      this.on('attemptClaimed');
      return { ticket: admission.ticket };
    }
    if (admission.refusal === 'locked') return this.refuseLocked(admission.until, planned.facts);
    this.on('gateBusy');
    const speech = this.words.busy;
    await this.audit({ ...planned.facts, result: 'refusedBusy' }, speech);
    return respond(this.input, { speech, endSession: true });
  }

  /** Sends the code to STS once and records the verdict; a response when the conversation ends here. */
  private async verify(code: string, ticket: AttemptTicket, planned: Planned): Promise<Response | undefined> {
    const { services, deadline } = this.context;
    let verdict: MfaVerdict;
    try {
      verdict = await services.mfa.verify(code, deadline);
    } catch (error) {
      // STS did not judge the code: its place at the gates is given back (the code itself stays spent).
      await services.mfaGuard.settle(ticket, 'unknown', this.now).catch(() => undefined);
      await this.fail(error, planned, 'verifyFailed');
      throw error;
    }
    const settled = await services.mfaGuard.settle(ticket, verdict, this.now);
    if (verdict === 'accepted') {
      this.on('codeAccepted');
      return undefined;
    }
    if (settled.lockedUntil !== undefined) {
      this.on('lockedOut');
      const speech = this.words.lockedOut(MFA_POLICY.lockMs);
      await this.audit({ ...planned.facts, result: 'lockedOut' }, speech);
      return respond(this.input, { speech, endSession: true });
    }
    this.on('codeRejected');
    const speech = this.words.codeRejected(settled.triesLeft);
    await this.audit({ ...planned.facts, result: 'codeRejected' }, speech);
    return elicitMfaCode(this.input, speech, this.intent);
  }

  private async run(planned: Planned): Promise<Response> {
    const { services, deadline } = this.context;
    const { plan, facts, words } = planned;
    let result: TaskRunResult;
    try {
      result = await services.tasks.run(plan, deadline);
    } catch (error) {
      if (error instanceof TaskRefused) {
        this.on('rdsRefused');
        const speech = this.words.refused(error.reason, this.kind, words.name, words.region, error.detail);
        await this.audit({ ...facts, result: 'refusedNotPossible', detail: error.reason }, speech);
      } else {
        await this.fail(error, planned, 'runFailed');
      }
      throw error;
    } finally {
      // Whatever RDS did, the cached status of this Region is no longer worth trusting.
      services.inventory.invalidate(plan.instance.region);
    }
    const card = { title: this.words.cards.task(this.kind, words.name) };
    if (result.outcome === 'unknown') {
      this.on('outcomeUnknown');
      const speech = this.words.unknownOutcome(words, result.status);
      const detail = `status ${result.status ?? 'unread'} after ${result.cause}`;
      await this.audit({ ...facts, result: 'unknownOutcome', detail }, speech);
      return respond(this.input, { speech, endSession: true, card });
    }
    this.on('ran');
    const speech = this.words.done(words);
    await this.audit({ ...facts, result: 'done' }, speech);
    const where = `${plan.instance.identifier} (${regionSpokenName(plan.instance.region)}, ${plan.instance.region})`;
    return respond(this.input, { speech, card: { ...card, content: `${speech}\n\n${where}` } });
  }

  /** Audits a failure; the error itself is answered by the one error-to-speech path. */
  private async fail(error: unknown, planned: Planned, event: TaskEventType): Promise<void> {
    const unavailable = error instanceof MfaNotConfigured;
    this.on(unavailable ? 'mfaUnavailable' : event);
    // The same words the handoff is about to speak for this error: the audit records what was said.
    const { speech } = speechForError(error, this.context.strings);
    await this.audit(
      { ...planned.facts, result: unavailable ? 'mfaUnavailable' : 'failed', detail: errorName(error) },
      speech,
    );
  }
}

/** RebootInstance and FailoverInstance: one conversation (TaskTurn), behind MFA and a confirmation. */
export function taskHandler(kind: TaskKind): IntentHandler {
  return intentHandler(TASK_INTENTS[kind], (input, context, intent) =>
    new TaskTurn(kind, input, context, intent).answer(),
  );
}
