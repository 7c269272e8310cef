/**
 * What the skill remembers per Alexa user (persistent attributes, one DynamoDB item per hashed user id).
 * `version` lets a later schema read older items. The MFA lockout and used codes are not here: they live
 * in their own items, written with conditional writes (domain/mfa/MfaGuard.ts), because a read-modify-write
 * of this item could be raced by parallel requests.
 */
export interface UserState {
  readonly version: 1;
  /** E-mail answers and audit records to the SNS topic. */
  readonly notifications: boolean;
}

export const EMPTY_USER_STATE: UserState = { version: 1, notifications: false };
