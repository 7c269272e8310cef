/**
 * The tag an operator puts on an RDS instance (or the writer of an Aurora cluster) to let dbvoice manage its
 * database users by voice: its value names the master secret (name or ARN) the user-management Automation
 * logs in with. An instance whose master password RDS manages itself (MasterUserSecret) needs no tag.
 */
export const MasterSecretTag = { key: 'dbvoice:master-secret' } as const;
