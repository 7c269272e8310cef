/**
 * Lazy loaders for the SDK packages' command classes. Services import commands through these so a cold
 * start that only answers Launch or Help never loads an SDK package (esbuild splits each into a chunk).
 */
export const loadRds = () => import('@aws-sdk/client-rds');
export const loadCloudWatch = () => import('@aws-sdk/client-cloudwatch');
export const loadSsm = () => import('@aws-sdk/client-ssm');
export const loadSns = () => import('@aws-sdk/client-sns');
export const loadSts = () => import('@aws-sdk/client-sts');
export const loadDynamoDb = () => import('@aws-sdk/client-dynamodb');
