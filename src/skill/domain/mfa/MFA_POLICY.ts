/** The lockout rule and how long used codes are remembered. */
export const MFA_POLICY = {
  /** Rejected codes within the window that lock tasks. */
  maxRejections: 3,
  rejectionWindowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  /**
   * STS only accepts a TOTP code for a few 30 s steps, but "never send a code twice" is kept literally for a
   * day: a replayed or repeated utterance never reaches STS (and never costs the speaker a rejection), while
   * the same six digits legitimately coming round again within a day is a one-in-a-million nuisance ("wait for
   * the next code"). Each used code is its own item, deleted by the table's TTL after this.
   */
  usedCodeRetentionMs: 24 * 60 * 60_000,
} as const;
