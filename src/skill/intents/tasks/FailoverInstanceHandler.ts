import { taskHandler } from './taskHandler.js';

/**
 * "Fail over blog in Oregon to blog reader two." Aurora: FailoverDBCluster (optionally to the named reader);
 * RDS Multi-AZ: RebootDBInstance with ForceFailover; single-AZ: a clear no. Behind MFA and a confirmation.
 */
export const FailoverInstanceHandler = taskHandler('failover');
