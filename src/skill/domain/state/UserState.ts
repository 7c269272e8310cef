/** A code already sent to STS, remembered as a hash so it is never sent again. */
export interface UsedCode {
  readonly hash: string;
  readonly at: number;
}

/**
 * What the skill remembers per Alexa user (persistent attributes, one DynamoDB item per hashed user id).
 * Times are epoch milliseconds. `version` lets a later schema read older items.
 */
export interface UserState {
  readonly version: 1;
  /** E-mail answers and audit records to the SNS topic. */
  readonly notifications: boolean;
  readonly mfa: {
    /** Codes already sent to STS, pruned after MFA_POLICY.usedCodeRetentionMs. */
    readonly usedCodes: readonly UsedCode[];
    /** When STS rejected a code, within MFA_POLICY.rejectionWindowMs. */
    readonly rejections: readonly number[];
    /** Tasks are refused until then (0 = not locked). */
    readonly lockedUntil: number;
  };
}

export const EMPTY_USER_STATE: UserState = {
  version: 1,
  notifications: false,
  mfa: { usedCodes: [], rejections: [], lockedUntil: 0 },
};
