import type { AwsCall } from './AwsCall.js';

/**
 * Where the skill's calls go. managed*: anything in the managed Regions (the fleet is found by tag at run
 * time); optedIn*: only instances/clusters carrying TaskOptInTag; anyResource: actions IAM cannot scope.
 */
export type SkillScope =
  | 'managedInstances'
  | 'optedInInstances'
  | 'managedClusters'
  | 'optedInClusters'
  | 'alarms'
  | 'anyResource'
  | 'skillParameters'
  | 'checksDocument'
  | 'bastionInstances'
  | 'topic'
  | 'topicKey'
  | 'stateTable'
  | 'mfaUser'
  | 'userManagementDocument'
  | 'automationExecutions'
  | 'automationAdministrationRole';

/** Every AWS operation the skill Lambda sends. Its IAM policy is derived from this list. */
export const SkillAwsCalls = [
  { service: 'rds', action: 'DescribeDBInstances', on: ['managedInstances'] },
  { service: 'rds', action: 'DescribeDBLogFiles', on: ['managedInstances'] },
  { service: 'rds', action: 'DownloadDBLogFilePortion', on: ['managedInstances'] },
  { service: 'rds', action: 'RebootDBInstance', on: ['optedInInstances'] },
  { service: 'rds', action: 'DescribeDBClusters', on: ['managedClusters'] },
  { service: 'rds', action: 'FailoverDBCluster', on: ['optedInClusters'] },
  { service: 'rds', action: 'DescribeEvents', on: ['anyResource'] },
  // Fleet health lists every pending action of the Region in one paginated call (no ResourceIdentifier).
  { service: 'rds', action: 'DescribePendingMaintenanceActions', on: ['anyResource'] },
  { service: 'cloudwatch', action: 'DescribeAlarms', on: ['alarms'] },
  { service: 'cloudwatch', action: 'GetMetricStatistics', on: ['anyResource'] },
  // "What's the busiest instance?": up to 500 metric queries per call.
  { service: 'cloudwatch', action: 'GetMetricData', on: ['anyResource'] },
  { service: 'ssm', action: 'GetParameter', on: ['skillParameters'] },
  { service: 'ssm', action: 'GetParameters', on: ['skillParameters'] },
  // Run Command checks the document and every target instance.
  { service: 'ssm', action: 'SendCommand', on: ['checksDocument', 'bastionInstances'] },
  { service: 'ssm', action: 'GetCommandInvocation', on: ['anyResource'] },
  { service: 'ssm', action: 'ListCommandInvocations', on: ['anyResource'] },
  // Database users by voice: the DbVoice-UserManagement document only, run in the instance's account and
  // Region (TargetLocations), so Automation acts as its administration role, which the caller passes.
  {
    service: 'ssm',
    action: 'StartAutomationExecution',
    on: ['userManagementDocument'],
    alsoNeeds: [{ service: 'iam', action: 'PassRole', on: ['automationAdministrationRole'] }],
  },
  { service: 'ssm', action: 'GetAutomationExecution', on: ['automationExecutions'] },
  {
    service: 'sns',
    action: 'Publish',
    on: ['topic'],
    // The topic is encrypted with a customer managed key: the publisher needs the key too.
    alsoNeeds: [
      { service: 'kms', action: 'GenerateDataKey', on: ['topicKey'] },
      { service: 'kms', action: 'Decrypt', on: ['topicKey'] },
    ],
  },
  { service: 'dynamodb', action: 'GetItem', on: ['stateTable'] },
  { service: 'dynamodb', action: 'PutItem', on: ['stateTable'] },
  { service: 'dynamodb', action: 'DeleteItem', on: ['stateTable'] },
  // GetSessionToken checks the spoken MFA code; it needs no permission and must not run as the Lambda.
  { service: 'sts', action: 'GetSessionToken', on: ['mfaUser'], credentials: 'mfa-user' },
] as const satisfies readonly AwsCall<SkillScope>[];
