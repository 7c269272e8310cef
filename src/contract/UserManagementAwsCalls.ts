import type { AwsCall } from './AwsCall.js';

/**
 * Where the user-management Lambda's calls go. masterSecrets: the configured master secret and RDS-managed
 * rds!... secrets; userSecretNames: any rds-... name (existence checks must see "not found"); newSecrets:
 * rds-... secrets being created with ManagedSecretTags; ownSecrets: rds-... secrets already tagged as ours.
 */
export type UserManagementScope =
  | 'masterSecrets'
  | 'userSecretNames'
  | 'newSecrets'
  | 'ownSecrets'
  | 'anyResource'
  | 'regionDatabases'
  | 'rotationFunction';

/** Every AWS operation the user-management Lambda sends. Its IAM policy is derived from this list. */
export const UserManagementAwsCalls = [
  { service: 'secretsmanager', action: 'GetSecretValue', on: ['masterSecrets', 'ownSecrets'] },
  { service: 'secretsmanager', action: 'DescribeSecret', on: ['masterSecrets', 'userSecretNames'] },
  { service: 'secretsmanager', action: 'GetResourcePolicy', on: ['masterSecrets'] },
  {
    service: 'secretsmanager',
    action: 'CreateSecret',
    on: ['newSecrets'],
    // Tags given to CreateSecret are authorised as TagResource on the new secret.
    alsoNeeds: [{ service: 'secretsmanager', action: 'TagResource', on: ['newSecrets'] }],
  },
  { service: 'secretsmanager', action: 'PutSecretValue', on: ['ownSecrets'] },
  { service: 'secretsmanager', action: 'UpdateSecretVersionStage', on: ['ownSecrets'] },
  { service: 'secretsmanager', action: 'PutResourcePolicy', on: ['ownSecrets'] },
  {
    service: 'secretsmanager',
    action: 'RotateSecret',
    on: ['ownSecrets'],
    // Secrets Manager checks that the caller may invoke the rotation function it names.
    alsoNeeds: [{ service: 'lambda', action: 'InvokeFunction', on: ['rotationFunction'] }],
  },
  { service: 'secretsmanager', action: 'DeleteSecret', on: ['ownSecrets'] },
  { service: 'secretsmanager', action: 'RestoreSecret', on: ['ownSecrets'] },
  { service: 'secretsmanager', action: 'ListSecrets', on: ['anyResource'] },
  // RDS-managed master secrets hold no host: the owner is found among this Region's clusters and instances.
  { service: 'rds', action: 'DescribeDBClusters', on: ['regionDatabases'] },
  { service: 'rds', action: 'DescribeDBInstances', on: ['regionDatabases'] },
] as const satisfies readonly AwsCall<UserManagementScope>[];
