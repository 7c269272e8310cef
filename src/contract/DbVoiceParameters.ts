/**
 * Fixed Parameter Store names in the home Region. The MFA ones are created by hand as SecureString
 * (CloudFormation cannot, lib/README.md step 3); the allow-list by the stack or by hand.
 */
export const DbVoiceParameters = {
  /** Everything the skill reads under here; nothing else under /dbvoice is dbvoice's business. */
  root: '/dbvoice',
  mfaAccessKeyId: '/dbvoice/mfa/access-key-id',
  mfaSecretAccessKey: '/dbvoice/mfa/secret-access-key',
  mfaSerial: '/dbvoice/mfa/serial',
  /** StringList of Alexa user and person ids allowed to speak. */
  allowedUsers: '/dbvoice/allowed-users',
  /** String: the id of the skill the stack created (dbvoice:createSkill), written by CloudFormation. */
  skillId: '/dbvoice/skill-id',
} as const;
