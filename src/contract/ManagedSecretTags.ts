/**
 * Tags user management puts on every secret it creates (secrets named `rds-...`). IAM lets it read, change
 * or delete only secrets tagged createdBy, and lets the bastion read only those whose username tag names
 * the monitoring user.
 */
export const ManagedSecretTags = {
  createdBy: { key: 'created_by', value: 'dbvoice' },
  createdAt: 'created_at',
  database: 'dbvoice:database',
  username: 'dbvoice:username',
  host: 'dbvoice:host',
} as const;
