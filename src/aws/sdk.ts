/**
 * Lazy loaders for the SDK classes the skill uses. Services import commands through these so a cold start
 * that only answers Launch or Help loads no SDK package, and each loader's module re-exports just the
 * classes needed, so its chunk is a fraction of the package.
 */
export const loadRds = () => import('./sdk/rds.js');
export const loadCloudWatch = () => import('./sdk/cloudwatch.js');
export const loadSsm = () => import('./sdk/ssm.js');
export const loadSns = () => import('./sdk/sns.js');
export const loadSts = () => import('./sdk/sts.js');
export const loadDynamoDb = () => import('./sdk/dynamodb.js');
export const loadHttpHandler = () => import('./sdk/http.js');
