/**
 * Parameter names under the configurable prefix (dbvoice:parameterPrefix, PARAMETER_PREFIX), per Region:
 * the bastion's Name tag, written by the bastion stack and read by the skill, and the per-instance password
 * or secret name, written by the DBAs and read by sql-scripts/run-check on the bastion.
 */
export const ParameterPaths = {
  defaultPrefix: '/rds',
  /** Everything the skill may read under the prefix lives below this folder. */
  configuration: (prefix: string): string => `${prefix}/configuration`,
  bastion: (prefix: string, region: string): string => `${prefix}/configuration/bastion/${region}`,
  /** The leaves run-check reads under `<prefix>/<instance>/`; nothing else under the prefix. */
  instanceLeaves: ['dbpassword', 'secret-name'],
  /** SecureString: the monitoring user's password for one instance. */
  databasePassword: (prefix: string, instance: string): string => `${prefix}/${instance}/dbpassword`,
  /** String: the name of a secret holding {"username", "password"} for one instance. */
  databaseSecretName: (prefix: string, instance: string): string => `${prefix}/${instance}/secret-name`,
} as const;
