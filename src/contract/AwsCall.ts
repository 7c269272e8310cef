/** An AWS service prefix as IAM spells it (`rds:RebootDBInstance` has service `rds`). */
export type AwsService =
  | 'rds'
  | 'cloudwatch'
  | 'ssm'
  | 'sns'
  | 'sts'
  | 'dynamodb'
  | 'secretsmanager'
  | 'kms'
  | 'lambda'
  | 'iam';

/** An IAM action that AWS checks on the caller's behalf when it serves a call (KMS behind an encrypted topic). */
export interface ImpliedAction<Scope extends string> {
  readonly service: AwsService;
  readonly action: string;
  readonly on: readonly Scope[];
}

/**
 * One API operation a piece of dbvoice sends, named as IAM names it, and the kinds of resource it is sent to.
 * The scope names are words: each stack maps every scope to ARNs and conditions, so a new scope does not
 * compile until the stack says what it means.
 */
export interface AwsCall<Scope extends string> {
  readonly service: AwsService;
  /** The operation: the SDK command's name without `Command`, which is also the IAM action. */
  readonly action: string;
  readonly on: readonly Scope[];
  /**
   * `role` (default): signed with the Lambda's or instance's own role, so the stack grants it.
   * `mfa-user`: signed with the MFA user's long-term keys; the role must NOT hold it.
   */
  readonly credentials?: 'role' | 'mfa-user';
  /** Further actions AWS authorises for this call (encrypted topics, tags on create, rotation functions). */
  readonly alsoNeeds?: readonly ImpliedAction<Scope>[];
}

/** `rds:RebootDBInstance`: the form IAM policies and the contract test compare. */
export function iamAction(call: { readonly service: AwsService; readonly action: string }): string {
  return `${call.service}:${call.action}`;
}
