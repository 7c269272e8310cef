import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import type { AuditEntry } from '../../domain/audit/AuditEntry.js';
import { auditWho } from '../../domain/audit/auditWho.js';
import { MfaNotConfigured } from '../../domain/mfa/errors.js';
import { MFA_POLICY } from '../../domain/mfa/MFA_POLICY.js';
import type { AttemptAdmission, AttemptTicket } from '../../domain/mfa/MfaGuard.js';
import type { MfaVerdict } from '../../domain/mfa/MfaVerifier.js';
import { normaliseMfaCode } from '../../domain/mfa/normaliseMfaCode.js';
import { stateKey } from '../../domain/state/stateKey.js';
import type { PendingTask } from '../../domain/tasks/PendingTask.js';
import {
  INITIAL_TASK_STATE,
  type TaskEventType,
  type TaskState,
  transition,
} from '../../domain/tasks/TaskConversation.js';
import { speechForError } from '../errors/speechForError.js';
import { SLOTS } from '../interactionModel.js';
import type { RequestContext } from '../RequestContext.js';
import { respond } from '../respond.js';
import { readSlot } from '../slots/readSlot.js';
import { forgetPendingTask, rememberPendingTask } from './pendingTask.js';
import { confirmTask, elicitMfaCode } from './taskDialog.js';

/** An audit record's facts, without who asked and how it ended. */
export type AuditFacts = Omit<AuditEntry, 'who' | 'person' | 'what' | 'result'>;

/** A task checked and ready to confirm: what a yes agrees to, what the audit records, what is asked. */
export interface GuardedPlan {
  /** Kept server-side and consumed by the yes (domain/tasks/PendingTaskStore.ts). */
  readonly pending: PendingTask;
  readonly facts: AuditFacts;
  /** The confirmation question. */
  readonly question: string;
}

/**
 * What differs between the tasks behind MFA (a reboot, a failover, a database user change): how the request
 * is planned and how it is run. Everything between (the lock, the code, the confirmation, the claim at the
 * gates, STS) is GuardedTurn's, the same for all of them.
 */
export interface GuardedTask<P extends GuardedPlan> {
  /** The request as heard, for a refusal that must not look anything up (a locked user). */
  heardFacts(turn: GuardedTurn<P>): AuditFacts;
  /**
   * planning: the plan, or the turn's answer when the conversation ends here (a question for a missing
   * slot, a refusal after `turn.on('notPossible')`, a cancellation after `turn.on('denied')`).
   */
  plan(turn: GuardedTurn<P>): Promise<P | Response>;
  /** running: called once, after the code was accepted and the yes consumed. */
  run(turn: GuardedTurn<P>, plan: P): Promise<Response>;
  /** The lock's words in the request's locale: which tasks a lock holds back is the task's to say. */
  lockWords(turn: GuardedTurn<P>): {
    readonly locked: (remainingMs: number) => string;
    readonly lockedOut: (lockMs: number) => string;
  };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}

function isPlan<P extends GuardedPlan>(value: P | Response): value is P {
  return 'pending' in value;
}

/**
 * One request of a task behind MFA and a confirmation. The order of its steps is the state machine in
 * domain/tasks/TaskConversation.ts: each step observes one fact (reads a slot or calls a service), feeds it
 * to the machine as an event, and speaks when the machine reaches a turn's end. Every ending that decides
 * something (not the questions) is an audit record. The task (GuardedTask) plans and runs; the MFA lockout,
 * the used-code ledger and the server-side confirmation are shared, so a code spent or a lock earned on one
 * task is spent or earned on all.
 */
export class GuardedTurn<P extends GuardedPlan> {
  private state: TaskState = INITIAL_TASK_STATE;
  readonly now: number;
  private readonly userKey: string;
  private readonly sessionId: string;

  constructor(
    private readonly task: GuardedTask<P>,
    readonly input: HandlerInput,
    readonly context: RequestContext,
    readonly intent: Intent,
  ) {
    this.now = context.now();
    this.userKey = stateKey(input.requestEnvelope);
    this.sessionId = input.requestEnvelope.session?.sessionId ?? '';
  }

  async answer(): Promise<Response> {
    const { services } = this.context;
    // checkingLock: a locked user gets nothing read on their behalf, not even the instance.
    const lockedUntil = await services.mfaGuard.userLockedUntil(this.userKey, this.now);
    if (lockedUntil !== undefined) return this.refuseLocked(lockedUntil, this.task.heardFacts(this));
    this.on('notLocked');

    // planning
    const planned = await this.task.plan(this);
    if (!isPlan(planned)) return planned;
    this.on('planned');

    // checkingCode
    const heard = readSlot(this.input, SLOTS.mfaCode).spoken;
    const code = normaliseMfaCode(heard);
    if (heard === undefined || heard === '?') return this.askCode('codeMissing', this.words.askCode);
    if (code === undefined) return this.askCode('codeMalformed', this.words.codeMalformed);
    const serial = services.mfa.knownSerial();
    if (serial !== undefined && (await services.mfaGuard.wasUsed(serial, code, this.now))) {
      return this.codeReused(planned);
    }
    this.on('codeFresh');

    // checkingConfirmation: the code is not checked before the yes, so a "no" never spends it.
    if (this.intent.confirmationStatus !== 'CONFIRMED') return this.askConfirmation('notConfirmed', planned);
    if (!(await this.consumeConfirmation(planned.pending)))
      return this.askConfirmation('confirmationNotFound', planned);
    this.on('confirmed');
    forgetPendingTask(this.input);

    // claiming, verifying, running
    const ticket = await this.claim(code, planned);
    if (!('ticket' in ticket)) return ticket;
    const rejection = await this.verify(code, ticket.ticket, planned);
    if (rejection) return rejection;
    return this.task.run(this, planned);
  }

  /** The MFA words every task shares. */
  private get words() {
    return this.context.strings.tasks;
  }

  /** Feeds an observed fact to the state machine (which throws on a move the table does not allow). */
  on(event: TaskEventType): void {
    this.state = transition(this.state, { type: event });
  }

  /** The log line, and the e-mail when the user's notifications are on. */
  audit(outcome: Omit<AuditEntry, 'who' | 'person' | 'what'>, speech: string): Promise<void> {
    const who = auditWho(this.input.requestEnvelope);
    return this.context.services.audit.record(
      this.input,
      this.context,
      { ...who, what: this.intent.name, ...outcome },
      speech,
    );
  }

  /** Drops the question asked (after a no, a lock, a spent code): the next yes has nothing to confirm. */
  async forgetConfirmation(): Promise<void> {
    forgetPendingTask(this.input);
    await this.context.services.pendingTasks.forget(this.userKey, this.sessionId);
  }

  /** Audits a failure; the error itself is answered by the one error-to-speech path. */
  async fail(error: unknown, facts: AuditFacts, event: TaskEventType): Promise<void> {
    const unavailable = error instanceof MfaNotConfigured;
    this.on(unavailable ? 'mfaUnavailable' : event);
    // The same words the handoff is about to speak for this error: the audit records what was said.
    const { speech } = speechForError(error, this.context.strings);
    await this.audit(
      { ...facts, result: unavailable ? 'mfaUnavailable' : 'failed', detail: errorName(error) },
      speech,
    );
  }

  private async refuseLocked(until: number, facts: AuditFacts): Promise<Response> {
    this.on(this.state.name === 'checkingLock' ? 'locked' : 'gateLocked');
    const speech = this.task.lockWords(this).locked(until - this.now);
    await this.forgetConfirmation();
    await this.audit({ ...facts, result: 'refusedLocked' }, speech);
    return respond(this.input, { speech, endSession: true });
  }

  private askCode(event: TaskEventType, speech: string): Response {
    this.on(event);
    return elicitMfaCode(this.input, speech, this.intent);
  }

  private async codeReused(planned: P): Promise<Response> {
    this.on('codeUsed');
    await this.forgetConfirmation();
    await this.audit({ ...planned.facts, result: 'codeReused' }, this.words.codeReused);
    return elicitMfaCode(this.input, this.words.codeReused, this.intent);
  }

  private async askConfirmation(event: TaskEventType, planned: P): Promise<Response> {
    this.on(event);
    await this.context.services.pendingTasks.remember(
      this.userKey,
      this.sessionId,
      planned.pending,
      this.now,
    );
    rememberPendingTask(this.input, planned.pending);
    return confirmTask(this.input, planned.question, this.intent);
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
  private async claim(code: string, planned: P): Promise<Response | { ticket: AttemptTicket }> {
    const { services, deadline } = this.context;
    let admission: AttemptAdmission | undefined;
    try {
      const serial = await services.mfa.serial(deadline);
      if (await services.mfaGuard.claimCode(serial, code, this.now)) {
        admission = await services.mfaGuard.admit(serial, this.userKey, this.now);
      }
    } catch (error) {
      await this.fail(error, planned.facts, 'claimFailed');
      throw error;
    }
    if (admission === undefined) return this.codeReused(planned);
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
  private async verify(code: string, ticket: AttemptTicket, planned: P): Promise<Response | undefined> {
    const { services, deadline } = this.context;
    let verdict: MfaVerdict;
    try {
      verdict = await services.mfa.verify(code, deadline);
    } catch (error) {
      // STS did not judge the code: its place at the gates is given back (the code itself stays spent).
      await services.mfaGuard.settle(ticket, 'unknown', this.now).catch(() => undefined);
      await this.fail(error, planned.facts, 'verifyFailed');
      throw error;
    }
    const settled = await services.mfaGuard.settle(ticket, verdict, this.now);
    if (verdict === 'accepted') {
      this.on('codeAccepted');
      return undefined;
    }
    if (settled.lockedUntil !== undefined) {
      this.on('lockedOut');
      const speech = this.task.lockWords(this).lockedOut(MFA_POLICY.lockMs);
      await this.audit({ ...planned.facts, result: 'lockedOut' }, speech);
      return respond(this.input, { speech, endSession: true });
    }
    this.on('codeRejected');
    const speech = this.words.codeRejected(settled.triesLeft);
    await this.audit({ ...planned.facts, result: 'codeRejected' }, speech);
    return elicitMfaCode(this.input, speech, this.intent);
  }
}
