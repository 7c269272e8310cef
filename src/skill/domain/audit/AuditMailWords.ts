/**
 * The words of an audit record's e-mail in the listener's language: the labels of its lines and the record's
 * time as the listener reads a date. The speech layer's MailStrings implements it; the domain only needs the
 * shape, so it names no locale.
 */
export interface AuditMailWords {
  readonly result: string;
  readonly action: string;
  readonly instance: string;
  readonly cluster: string;
  readonly target: string;
  readonly region: string;
  /** The line with the SHA-256 of the Alexa user id. */
  readonly who: string;
  readonly voiceProfile: string;
  readonly at: string;
  /** The record's time in the listener's date and time (UTC); the ISO time follows it for machines. */
  readonly time: (at: Date) => string;
}
