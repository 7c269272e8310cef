/**
 * Environment variables the user-management Lambda reads and its stack sets. rotationLambdaArn is set only
 * when dbvoice:rotationLambdaArn is configured.
 */
export const UserManagementEnvironment = {
  /** on | off: verify the server certificate against the RDS CA bundle. */
  mysqlTls: 'MYSQL_TLS',
  rotationLambdaArn: 'ROTATION_LAMBDA_ARN',
  rotationDays: 'ROTATION_DAYS',
  powertoolsServiceName: 'POWERTOOLS_SERVICE_NAME',
  powertoolsMetricsNamespace: 'POWERTOOLS_METRICS_NAMESPACE',
  logLevel: 'LOG_LEVEL',
} as const;
