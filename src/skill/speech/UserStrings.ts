import type { UserNameProblem, UserTaskRefusal } from '../domain/users/errors.js';
import type { DatabaseRole, UserAction, UserTaskResult } from '../domain/users/UserTask.js';

/** What a user-management request is about, named in the confirmation, the answer, the card and the mail. */
export interface UserWords {
  readonly action: UserAction;
  /** The instance as the skill names it, and its Region in words. */
  readonly name: string;
  readonly region: string;
  readonly database: string;
  readonly username?: string;
  readonly role?: DatabaseRole;
}

/**
 * The words of database users by voice (CreateDatabaseUser, ResetDatabaseUserPassword, RemoveDatabaseUser,
 * ListDatabaseUsers). The MFA questions are the tasks' own (TaskStrings: askCode, codeRejected...). No
 * sentence here ever holds a password: a result names the secret that keeps it.
 */
export interface UserStrings {
  readonly askUserName: (action: UserAction) => string;
  readonly askRole: string;
  readonly nameRefused: (problem: UserNameProblem, spoken: string) => string;
  readonly refused: (
    reason: UserTaskRefusal,
    action: UserAction,
    name: string,
    region: string,
    detail?: string,
  ) => string;
  readonly confirm: (words: UserWords) => string;
  readonly cancelled: (action: UserAction, name: string, region: string) => string;
  /** The execution ended in time and succeeded. */
  readonly done: (words: UserWords, result: UserTaskResult) => string;
  /** The card's content for `done`: the secret's full name, every listed user. */
  readonly doneCard: (words: UserWords, result: UserTaskResult) => string;
  /** The execution ended in time and failed: `code` is user management's (UserAlreadyExists...). */
  readonly failed: (words: UserWords, code: string) => string;
  /** Still running (or its status unreadable) when the answer was due; `mailed`: its start was e-mailed. */
  readonly running: (words: UserWords, mailed: boolean) => string;
  /** The e-mail sent when the answer cannot wait for the end. */
  readonly startedMail: (words: UserWords) => string;
  /** StartAutomationExecution's reply was lost twice: it may or may not have started. */
  readonly unknownOutcome: (words: UserWords) => string;
  readonly locked: (remainingMs: number) => string;
  readonly lockedOut: (lockMs: number) => string;
  readonly cardTitle: (words: UserWords) => string;
  /** "Execution", before the Automation execution id in cards and mails. */
  readonly executionLabel: string;
}
