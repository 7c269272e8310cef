/**
 * The conversation of a task behind MFA (reboot, failover, a database user change) as a state machine:
 * states, events and the transitions between them as data, and one pure `transition` function. The handler
 * (intents/tasks/GuardedTurn.ts) walks it once per request: it observes a fact (the lock, the plan, the
 * code, the confirmation, STS's verdict, the run's reply), feeds it in as an event, and speaks when it
 * reaches a state that ends the turn. Any event the table does not list for the current state is a
 * programming error and throws, so no path can skip a step (e.g. reach `running` without `verifying`).
 *
 *   checkingLock ─locked──────────────────────────────────────────────▶ locked
 *        │notLocked
 *   planning ─denied─▶ cancelled    ─notPossible─▶ refused
 *        │planned
 *   checkingCode ─codeMissing/codeMalformed/codeUsed─▶ needCode
 *        │codeFresh
 *   checkingConfirmation ─notConfirmed/confirmationNotFound─▶ needConfirmation
 *        │confirmed (the server-side pending task was consumed)
 *   claiming ─mfaUnavailable─▶ mfaUnavailable  ─codeUsed─▶ needCode  ─gateLocked─▶ locked  ─gateBusy─▶ busy
 *        │                                                                         ─claimFailed─▶ failed
 *        │attemptClaimed (the code is spent, one attempt is counted on the device and the user)
 *   verifying ─codeRejected─▶ needCode  ─lockedOut─▶ lockedOut  ─verifyFailed─▶ failed  ─mfaUnavailable─▶ …
 *        │codeAccepted
 *   running ─ran─▶ done  ─rdsRefused─▶ refused  ─outcomeUnknown─▶ unknownOutcome  ─runFailed─▶ failed
 */

/** States the handler passes through within one request. */
export const TASK_STEPS = [
  'checkingLock',
  'planning',
  'checkingCode',
  'checkingConfirmation',
  'claiming',
  'verifying',
  'running',
] as const;

/** States that end the turn: each has its own words (and, except the questions, an audit record). */
export const TASK_ENDINGS = [
  'locked',
  'cancelled',
  'refused',
  'needCode',
  'needConfirmation',
  'mfaUnavailable',
  'busy',
  'lockedOut',
  'failed',
  'done',
  'unknownOutcome',
] as const;

export type TaskStep = (typeof TASK_STEPS)[number];
export type TaskEnding = (typeof TASK_ENDINGS)[number];
export type TaskStateName = TaskStep | TaskEnding;

export type TaskEventType =
  | 'notLocked'
  | 'locked'
  | 'denied'
  | 'notPossible'
  | 'planned'
  | 'codeMissing'
  | 'codeMalformed'
  | 'codeUsed'
  | 'codeFresh'
  | 'notConfirmed'
  | 'confirmationNotFound'
  | 'confirmed'
  | 'mfaUnavailable'
  | 'gateLocked'
  | 'gateBusy'
  | 'attemptClaimed'
  | 'claimFailed'
  | 'codeRejected'
  | 'lockedOut'
  | 'verifyFailed'
  | 'codeAccepted'
  | 'ran'
  | 'rdsRefused'
  | 'outcomeUnknown'
  | 'runFailed';

/** A fact the handler observed. */
export interface TaskEvent {
  readonly type: TaskEventType;
}

/** Where the conversation is, and the event that brought it there (the handler's words depend on both). */
export interface TaskState {
  readonly name: TaskStateName;
  readonly because?: TaskEventType;
}

/** Every allowed move. A step missing an event cannot take it; an ending takes none. */
export const TASK_TRANSITIONS: {
  readonly [S in TaskStep]: Readonly<Partial<Record<TaskEventType, TaskStateName>>>;
} = {
  checkingLock: { notLocked: 'planning', locked: 'locked' },
  planning: { denied: 'cancelled', notPossible: 'refused', planned: 'checkingCode' },
  checkingCode: {
    codeMissing: 'needCode',
    codeMalformed: 'needCode',
    codeUsed: 'needCode',
    codeFresh: 'checkingConfirmation',
  },
  checkingConfirmation: {
    notConfirmed: 'needConfirmation',
    confirmationNotFound: 'needConfirmation',
    confirmed: 'claiming',
  },
  claiming: {
    mfaUnavailable: 'mfaUnavailable',
    codeUsed: 'needCode',
    gateLocked: 'locked',
    gateBusy: 'busy',
    attemptClaimed: 'verifying',
    // The state table or Parameter Store failed: nothing reached STS, nothing changed.
    claimFailed: 'failed',
  },
  verifying: {
    // STS refused the MFA user's own keys: the operator's problem, not the speaker's.
    mfaUnavailable: 'mfaUnavailable',
    codeRejected: 'needCode',
    lockedOut: 'lockedOut',
    verifyFailed: 'failed',
    codeAccepted: 'running',
  },
  running: { ran: 'done', rdsRefused: 'refused', outcomeUnknown: 'unknownOutcome', runFailed: 'failed' },
};

export const INITIAL_TASK_STATE: TaskState = { name: 'checkingLock' };

/** Thrown for an event the current state does not allow: a bug in the handler, never a user's doing. */
export class TaskTransitionInvalid extends Error {
  override readonly name = 'TaskTransitionInvalid';

  constructor(
    readonly from: TaskStateName,
    readonly event: TaskEventType,
  ) {
    super(`No transition from ${from} on ${event}`);
  }
}

function isTaskEnding(name: TaskStateName): name is TaskEnding {
  return (TASK_ENDINGS as readonly string[]).includes(name);
}

/** The state after `event`. Pure: the same state and event always give the same next state. */
export function transition(state: TaskState, event: TaskEvent): TaskState {
  if (isTaskEnding(state.name)) throw new TaskTransitionInvalid(state.name, event.type);
  const next = TASK_TRANSITIONS[state.name][event.type];
  if (next === undefined) throw new TaskTransitionInvalid(state.name, event.type);
  return { name: next, because: event.type };
}
