/**
 * Environment variables the skill Lambda reads and the skill stack sets: the deployment's wiring. Every name
 * here is set by lib/ (test/contract checks that the stack sets exactly these).
 */
export const SkillEnvironment = {
  skillId: 'SKILL_ID',
  /**
   * Set instead of a SKILL_ID value when the stack creates the skill (dbvoice:createSkill): the parameter the
   * stack writes the new skill's id to, read once per container (the Lambda exists before the skill does).
   */
  skillIdParameter: 'SKILL_ID_PARAMETER',
  /** Comma list of managed Region codes. */
  regions: 'DBVOICE_REGIONS',
  tagInstance: 'TAG_INSTANCE',
  tagApplication: 'TAG_APPLICATION',
  tagEnvironment: 'TAG_ENVIRONMENT',
  requestBudgetMs: 'REQUEST_BUDGET_MS',
  parameterPrefix: 'PARAMETER_PREFIX',
  topicArn: 'TOPIC_ARN',
  stateTable: 'STATE_TABLE',
  allowedUsersParameter: 'ALLOWED_USERS_PARAMETER',
  mfaAccessKeyParameter: 'MFA_ACCESS_KEY_PARAMETER',
  mfaSecretKeyParameter: 'MFA_SECRET_KEY_PARAMETER',
  mfaSerialParameter: 'MFA_SERIAL_PARAMETER',
  /** Where the bastion unpacked sql-scripts/ (ResourceNames.bastionScriptsDirectory). */
  scriptsDirectory: 'DBVOICE_SCRIPTS_DIR',
  /** The database user the checks log in as, for every engine unless overridden per engine. */
  databaseUser: 'DBVOICE_DB_USER',
  powertoolsServiceName: 'POWERTOOLS_SERVICE_NAME',
  powertoolsMetricsNamespace: 'POWERTOOLS_METRICS_NAMESPACE',
  logLevel: 'LOG_LEVEL',
} as const;
