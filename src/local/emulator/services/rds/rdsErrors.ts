import { AwsError } from '../../core/AwsError.js';

/** RDS's wire codes (the awsQueryError codes the SDK maps back to DBInstanceNotFoundFault and friends). */
export const rdsErrors = {
  instanceNotFound: (id: string) =>
    new AwsError({ code: 'DBInstanceNotFound', message: `DBInstance ${id} not found.`, status: 404 }),
  clusterNotFound: (id: string) =>
    new AwsError({ code: 'DBClusterNotFoundFault', message: `DBCluster ${id} not found.`, status: 404 }),
  logFileNotFound: (name: string) =>
    new AwsError({
      code: 'DBLogFileNotFoundFault',
      message: `DBLog File: ${name}, is not found on the DB instance`,
      status: 404,
    }),
  invalidInstanceState: (message: string) =>
    new AwsError({ code: 'InvalidDBInstanceState', message, status: 400 }),
  invalidClusterState: (message: string) =>
    new AwsError({ code: 'InvalidDBClusterStateFault', message, status: 400 }),
  invalidParameterValue: (message: string) =>
    new AwsError({ code: 'InvalidParameterValue', message, status: 400 }),
  invalidParameterCombination: (message: string) =>
    new AwsError({ code: 'InvalidParameterCombination', message, status: 400 }),
  invalidMarker: () =>
    new AwsError({ code: 'InvalidParameterValue', message: 'Invalid marker.', status: 400 }),
} as const;
