/**
 * The tag an operator puts on an RDS instance or Aurora cluster to let dbvoice reboot or fail it over. IAM
 * refuses rds:RebootDBInstance / rds:FailoverDBCluster on anything without it, behind the MFA check; the
 * skill names the tag when an instance lacks it.
 */
export const TaskOptInTag = { key: 'dbvoice:tasks', value: 'enabled' } as const;
