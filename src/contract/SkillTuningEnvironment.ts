/**
 * Environment variables the skill reads with a default in code; the stack leaves them unset. An operator may
 * set them on the function to tune a deployment.
 */
export const SkillTuningEnvironment = {
  inventoryTtlSeconds: 'INVENTORY_TTL_SECONDS',
  /** The SSM document's executionTimeout for a check. */
  checkTimeoutSeconds: 'DBVOICE_CHECK_TIMEOUT_SECONDS',
  /** SendCommand TimeoutSeconds (delivery to an unreachable bastion). */
  deliveryTimeoutSeconds: 'DBVOICE_DELIVERY_TIMEOUT_SECONDS',
  databaseUserOracle: 'DBVOICE_DB_USER_ORACLE',
  databaseUserMysql: 'DBVOICE_DB_USER_MYSQL',
  databaseUserPostgres: 'DBVOICE_DB_USER_POSTGRES',
  databaseUserSqlServer: 'DBVOICE_DB_USER_SQLSERVER',
  storageThresholdPercent: 'DBVOICE_STORAGE_THRESHOLD',
  answerReserveMs: 'DBVOICE_ANSWER_RESERVE_MS',
  logLines: 'DBVOICE_LOG_LINES',
} as const;
