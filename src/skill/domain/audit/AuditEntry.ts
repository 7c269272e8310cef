import type { TaskAction } from '../tasks/TaskPlan.js';
import type { UserAction } from '../users/UserTask.js';

/** How a task request ended. Every task and every refusal is one audit record. */
export const AUDIT_RESULTS = {
  /** The RDS call was made. */
  done: 'done',
  /** The user said no to the confirmation. */
  cancelled: 'cancelled',
  /** STS rejected the code; tries are left. */
  codeRejected: 'codeRejected',
  /** STS rejected the code and that was the last try: tasks are locked now. */
  lockedOut: 'lockedOut',
  /** The code was sent before (by anyone, for this device): it did not go to STS again. */
  codeReused: 'codeReused',
  /** Refused without looking at the code: the user or the MFA device is locked out. */
  refusedLocked: 'refusedLocked',
  /** Refused without sending the code: as many checks as tries are left are already on their way to STS. */
  refusedBusy: 'refusedBusy',
  /** Refused: the instance or cluster cannot do this now (status, single-AZ...). */
  refusedNotPossible: 'refusedNotPossible',
  /** Refused: the speaker is not on the allow-list. */
  refusedNotAuthorised: 'refusedNotAuthorised',
  /** The MFA user is not set up, so no code can be checked. */
  mfaUnavailable: 'mfaUnavailable',
  /** An AWS call failed (timeout, throttling...) after the user confirmed. */
  failed: 'failed',
  /** The RDS call's reply was lost: it may have been applied. `detail` holds the status read afterwards. */
  unknownOutcome: 'unknownOutcome',
} as const;
export type AuditResult = keyof typeof AUDIT_RESULTS;

/** One audit record. `who` is the SHA-256 of the Alexa user id; raw ids and codes never appear. */
export interface AuditEntry {
  readonly who: string;
  /** SHA-256 of the recognised voice profile, when Alexa recognised one. */
  readonly person?: string;
  /** The intent (or request type for allow-list refusals). */
  readonly what: string;
  /** A reboot's or failover's RDS action, or a user-management action (its `target` is the user). */
  readonly action?: TaskAction | UserAction;
  readonly instance?: string;
  readonly cluster?: string;
  readonly target?: string;
  readonly region?: string;
  readonly result: AuditResult;
  /** E.g. the status that prevented the task, or the error name of a failure. */
  readonly detail?: string;
}
