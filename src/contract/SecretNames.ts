/** How secrets are named, which is how IAM tells them apart (secret ARNs end in -<6 random characters>). */
export const SecretNames = {
  /** User secrets that user management creates: rds-<db>-<user>-secret. */
  userSecretPrefix: 'rds-',
  /** Master secrets RDS manages itself (ManageMasterUserPassword): rds!db-... and rds!cluster-... */
  rdsManagedPrefix: 'rds!',
} as const;
