import type { AwsCall } from './AwsCall.js';

/**
 * Where sql-scripts/run-check's AWS CLI calls go on the bastion. databasePasswordParameters: the two leaves
 * of ParameterPaths per instance; monitoringUserSecrets: secrets carrying the monitoring user's tag;
 * homeTopic(Key): the notification topic and its key in the home Region.
 */
export type BastionScope =
  | 'databasePasswordParameters'
  | 'monitoringUserSecrets'
  | 'homeTopic'
  | 'homeTopicKey';

/** Every AWS operation the check runner on the bastion sends. The instance role is derived from this list. */
export const BastionAwsCalls = [
  { service: 'ssm', action: 'GetParameter', on: ['databasePasswordParameters'] },
  { service: 'secretsmanager', action: 'GetSecretValue', on: ['monitoringUserSecrets'] },
  {
    service: 'sns',
    action: 'Publish',
    on: ['homeTopic'],
    alsoNeeds: [
      { service: 'kms', action: 'GenerateDataKey', on: ['homeTopicKey'] },
      { service: 'kms', action: 'Decrypt', on: ['homeTopicKey'] },
    ],
  },
] as const satisfies readonly AwsCall<BastionScope>[];
