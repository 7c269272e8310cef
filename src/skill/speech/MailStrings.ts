import type { AuditMailWords } from '../domain/audit/AuditMailWords.js';

/** The words of the e-mails the skill sends, in the listener's language: answers, logs and audit records. */
export interface MailStrings {
  /** The line under an e-mailed answer: when it was asked, in the listener's date and time (UTC). */
  readonly askedAt: (at: Date) => string;
  /** When a log file was last written, for the log e-mail's first line; `undefined` when RDS did not say. */
  readonly written: (at: Date | undefined) => string;
  /** An audit record's labels and time. */
  readonly audit: AuditMailWords;
}
