/** Environment variables user management reads with a default in code; the stack leaves them unset. */
export const UserManagementTuningEnvironment = {
  connectTimeoutMs: 'MYSQL_CONNECT_TIMEOUT_MS',
  queryTimeoutMs: 'MYSQL_QUERY_TIMEOUT_MS',
  /** Days between delete_user and the secret's actual deletion (7-30). */
  recoveryWindowDays: 'SECRET_RECOVERY_WINDOW_DAYS',
} as const;
