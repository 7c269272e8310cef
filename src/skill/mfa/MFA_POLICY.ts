/** The lockout rule and how long used codes are remembered. */
export const MFA_POLICY = {
  /** Rejected codes within the window that lock tasks. */
  maxRejections: 3,
  rejectionWindowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  /**
   * STS accepts a TOTP code for a few 30 s steps around "now"; remembering used codes far longer than that
   * means a replayed utterance can never reach STS, while the list stays a handful of entries.
   */
  usedCodeRetentionMs: 30 * 60_000,
} as const;
