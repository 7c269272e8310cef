import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import type { AuditEntry } from '../../domain/audit/AuditEntry.js';
import { auditWho } from '../../domain/audit/auditWho.js';
import { MfaNotConfigured } from '../../domain/mfa/errors.js';
import { MFA_POLICY } from '../../domain/mfa/MFA_POLICY.js';
import type { AttemptTicket } from '../../domain/mfa/MfaGuard.js';
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
import { type UserNameRefused, UserTaskRefused } from '../../domain/users/errors.js';
import type { UserTaskStart } from '../../domain/users/UserManagementService.js';
import type { UserAction, UserTaskPlan } from '../../domain/users/UserTask.js';
import type { UserWords } from '../../speech/UserStrings.js';
import { speechForError } from '../errors/speechForError.js';
import { SLOTS } from '../interactionModel.js';
import type { RequestContext } from '../RequestContext.js';
import { respond } from '../respond.js';
import { readSlot } from '../slots/readSlot.js';
import { targetInstance } from '../slots/targetInstance.js';
import { forgetPendingTask, rememberPendingTask } from '../tasks/pendingTask.js';
import { confirmTask, elicitMfaCode } from '../tasks/taskDialog.js';
import { answerUserTask } from './answerUserTask.js';
import { readUserRequest } from './readUserRequest.js';

type Outcome = Omit<AuditEntry, 'who' | 'person' | 'what'>;
type GuardedAction = Exclude<UserAction, 'listUsers'>;

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
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

function factsOf(plan: UserTaskPlan): Omit<Outcome, 'result'> {
  return {
    action: plan.action,
    instance: plan.instance.identifier,
    region: plan.instance.region,
    ...(plan.username ? { target: plan.username } : {}),
  };
}

/**
 * One request of CreateDatabaseUser, ResetDatabaseUserPassword or RemoveDatabaseUser: the same conversation
 * as a reboot (domain/tasks/TaskConversation.ts: lock, plan, code, confirmation, claim, STS, run), on the same
 * MFA lockout, used-code ledger and server-side confirmation, so a code spent or a lock earned on one is
 * spent or earned on the other. What differs is the plan (UserManagementService.plan) and the run: one
 * StartAutomationExecution, then the outcome read while the answer can wait.
 */
export class UserTaskTurn {
  private state: TaskState = INITIAL_TASK_STATE;
  private readonly now: number;
  private readonly userKey: string;
  private readonly sessionId: string;

  constructor(
    private readonly action: GuardedAction,
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

    // planning: the name and role first (asked for when missing, refused when unusable), then the instance.
    const request = readUserRequest(this.input, this.action);
    if ('ask' in request) return this.askSlot(request.ask);
    if ('refused' in request) return this.refuseName(request.refused);
    const target = await targetInstance(this.input, this.context);
    const heard = { name: target.name, region: target.regionName };
    if (this.intent.confirmationStatus === 'DENIED') return this.cancel(target.instance.identifier, heard);
    let plan: UserTaskPlan;
    try {
      plan = services.users.plan(this.action, target.instance, request);
    } catch (error) {
      if (error instanceof UserTaskRefused) return this.refusePlan(error, heard);
      throw error;
    }
    this.on('planned');
    const words: UserWords = {
      action: this.action,
      ...heard,
      database: plan.database,
      ...(plan.username ? { username: plan.username } : {}),
      ...(plan.role ? { role: plan.role } : {}),
    };

    // checkingCode
    const spokenCode = readSlot(this.input, SLOTS.mfaCode).spoken;
    const code = normaliseMfaCode(spokenCode);
    if (spokenCode === undefined || spokenCode === '?')
      return this.askCode('codeMissing', this.tasks.askCode);
    if (code === undefined) return this.askCode('codeMalformed', this.tasks.codeMalformed);
    const serial = services.mfa.knownSerial();
    if (serial !== undefined && (await services.mfaGuard.wasUsed(serial, code, this.now))) {
      return this.codeReused(plan);
    }
    this.on('codeFresh');

    // checkingConfirmation: the code is not checked before the yes, so a "no" never spends it.
    const pending = pendingOf(plan);
    if (this.intent.confirmationStatus !== 'CONFIRMED')
      return this.askConfirmation('notConfirmed', plan, words);
    if (!(await this.consumeConfirmation(pending)))
      return this.askConfirmation('confirmationNotFound', plan, words);
    this.on('confirmed');
    forgetPendingTask(this.input);

    // claiming, verifying, running
    const ticket = await this.claim(code, plan);
    if (!('ticket' in ticket)) return ticket;
    const rejection = await this.verify(code, ticket.ticket, plan);
    if (rejection) return rejection;
    return this.run(plan, words);
  }

  private get tasks() {
    return this.context.strings.tasks;
  }

  private get words() {
    return this.context.strings.users;
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

  private heardFacts(): Omit<Outcome, 'result'> {
    const heard = readSlot(this.input, SLOTS.instance).spoken;
    const region = readSlot(this.input, SLOTS.region).id;
    return { action: this.action, ...(heard ? { instance: heard } : {}), ...(region ? { region } : {}) };
  }

  private async forgetConfirmation(): Promise<void> {
    forgetPendingTask(this.input);
    await this.context.services.pendingTasks.forget(this.userKey, this.sessionId);
  }

  private askSlot(slot: 'userName' | 'role'): Response {
    const speech = slot === 'userName' ? this.words.askUserName(this.action) : this.words.askRole;
    return this.input.responseBuilder
      .speak(speech)
      .reprompt(speech)
      .addElicitSlotDirective(slot, { ...this.intent, confirmationStatus: 'NONE' })
      .getResponse();
  }

  private async refuseName(error: UserNameRefused): Promise<Response> {
    this.on('notPossible');
    const speech = this.words.nameRefused(error.problem, error.spoken);
    await this.forgetConfirmation();
    await this.audit(
      { ...this.heardFacts(), result: 'refusedNotPossible', detail: `name ${error.problem}` },
      speech,
    );
    return respond(this.input, { speech });
  }

  private async refusePlan(
    error: UserTaskRefused,
    heard: { name: string; region: string },
  ): Promise<Response> {
    this.on('notPossible');
    const speech = this.words.refused(error.reason, this.action, heard.name, heard.region, error.detail);
    await this.forgetConfirmation();
    const detail = error.detail ? `${error.reason}: ${error.detail}` : error.reason;
    await this.audit({ ...this.heardFacts(), result: 'refusedNotPossible', detail }, speech);
    return respond(this.input, { speech });
  }

  private async refuseLocked(until: number, facts: Omit<Outcome, 'result'>): Promise<Response> {
    this.on(this.state.name === 'checkingLock' ? 'locked' : 'gateLocked');
    const speech = this.words.locked(until - this.now);
    await this.forgetConfirmation();
    await this.audit({ ...facts, result: 'refusedLocked' }, speech);
    return respond(this.input, { speech, endSession: true });
  }

  private async cancel(instance: string, heard: { name: string; region: string }): Promise<Response> {
    this.on('denied');
    const speech = this.words.cancelled(this.action, heard.name, heard.region);
    await this.forgetConfirmation();
    await this.audit({ action: this.action, instance, result: 'cancelled' }, speech);
    return respond(this.input, { speech });
  }

  private askCode(event: TaskEventType, speech: string): Response {
    this.on(event);
    return elicitMfaCode(this.input, speech, this.intent);
  }

  private async codeReused(plan: UserTaskPlan): Promise<Response> {
    this.on('codeUsed');
    await this.forgetConfirmation();
    await this.audit({ ...factsOf(plan), result: 'codeReused' }, this.tasks.codeReused);
    return elicitMfaCode(this.input, this.tasks.codeReused, this.intent);
  }

  private async askConfirmation(
    event: TaskEventType,
    plan: UserTaskPlan,
    words: UserWords,
  ): Promise<Response> {
    this.on(event);
    const pending = pendingOf(plan);
    await this.context.services.pendingTasks.remember(this.userKey, this.sessionId, pending, this.now);
    rememberPendingTask(this.input, pending);
    return confirmTask(this.input, this.words.confirm(words), this.intent);
  }

  /** Whether this yes answers the skill's own question about exactly this plan (consumed: it answers once). */
  private consumeConfirmation(pending: PendingTask): Promise<boolean> {
    if (this.input.requestEnvelope.session?.new !== false) return Promise.resolve(false);
    return this.context.services.pendingTasks.consume(this.userKey, this.sessionId, pending, this.now);
  }

  /** Spends the code and takes a place at the device's and the user's gates, or says why not. */
  private async claim(code: string, plan: UserTaskPlan): Promise<Response | { ticket: AttemptTicket }> {
    const { services, deadline } = this.context;
    let admission: Awaited<ReturnType<typeof services.mfaGuard.admit>> | undefined;
    try {
      const serial = await services.mfa.serial(deadline);
      if (await services.mfaGuard.claimCode(serial, code, this.now)) {
        admission = await services.mfaGuard.admit(serial, this.userKey, this.now);
      }
    } catch (error) {
      await this.fail(error, plan, 'claimFailed');
      throw error;
    }
    if (admission === undefined) return this.codeReused(plan);
    if (admission.admitted) {
      this.on('attemptClaimed');
      return { ticket: admission.ticket };
    }
    if (admission.refusal === 'locked') return this.refuseLocked(admission.until, factsOf(plan));
    this.on('gateBusy');
    await this.audit({ ...factsOf(plan), result: 'refusedBusy' }, this.tasks.busy);
    return respond(this.input, { speech: this.tasks.busy, endSession: true });
  }

  /** Sends the code to STS once and records the verdict; a response when the conversation ends here. */
  private async verify(
    code: string,
    ticket: AttemptTicket,
    plan: UserTaskPlan,
  ): Promise<Response | undefined> {
    const { services, deadline } = this.context;
    let verdict: MfaVerdict;
    try {
      verdict = await services.mfa.verify(code, deadline);
    } catch (error) {
      await services.mfaGuard.settle(ticket, 'unknown', this.now).catch(() => undefined);
      await this.fail(error, plan, 'verifyFailed');
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
      await this.audit({ ...factsOf(plan), result: 'lockedOut' }, speech);
      return respond(this.input, { speech, endSession: true });
    }
    this.on('codeRejected');
    const speech = this.tasks.codeRejected(settled.triesLeft);
    await this.audit({ ...factsOf(plan), result: 'codeRejected' }, speech);
    return elicitMfaCode(this.input, speech, this.intent);
  }

  /** The one StartAutomationExecution, then the outcome as far as the answer can wait for it. */
  private async run(plan: UserTaskPlan, words: UserWords): Promise<Response> {
    const { services, deadline } = this.context;
    let started: UserTaskStart;
    try {
      started = await services.users.start(plan, deadline);
    } catch (error) {
      await this.fail(error, plan, 'runFailed');
      throw error;
    }
    if (started.state === 'unknown') {
      this.on('outcomeUnknown');
      const speech = this.words.unknownOutcome(words);
      await this.audit({ ...factsOf(plan), result: 'unknownOutcome', detail: started.cause }, speech);
      return respond(this.input, { speech, endSession: true, card: { title: this.words.cardTitle(words) } });
    }
    this.on('ran');
    const outcome = await services.users.outcome(plan, started.executionId, deadline);
    return answerUserTask(this.input, this.context, words, outcome, (speech, detail) =>
      this.audit({ ...factsOf(plan), result: 'done', detail }, speech),
    );
  }

  /** Audits a failure; the error itself is answered by the one error-to-speech path. */
  private async fail(error: unknown, plan: UserTaskPlan, event: TaskEventType): Promise<void> {
    const unavailable = error instanceof MfaNotConfigured;
    this.on(unavailable ? 'mfaUnavailable' : event);
    const { speech } = speechForError(error, this.context.strings);
    await this.audit(
      { ...factsOf(plan), result: unavailable ? 'mfaUnavailable' : 'failed', detail: errorName(error) },
      speech,
    );
  }
}
