import { UserManagementEnvironment } from '../contract/UserManagementEnvironment.js';
import { UserManagementTuningEnvironment } from '../contract/UserManagementTuningEnvironment.js';

/**
 * Settings from the Lambda's environment, read once per container. Tests build their own.
 */
export interface UserManagementConfig {
  /**
   * Verify the server's certificate against the RDS CA bundle, MySQL and PostgreSQL alike. On by default;
   * MYSQL_TLS=off (the name predates PostgreSQL) turns it off for a local server without TLS (integration
   * tests). Never turn it off for RDS.
   */
  readonly tls: boolean;
  readonly connectTimeoutMs: number;
  readonly queryTimeoutMs: number;
  /** When set, created secrets rotate with this Lambda every rotationDays days. */
  readonly rotationLambdaArn?: string;
  readonly rotationDays: number;
  /** delete_user schedules the secret's deletion this many days out (7-30), never forced. */
  readonly recoveryWindowDays: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): UserManagementConfig {
  const tlsName = UserManagementEnvironment.mysqlTls;
  const tlsSetting = (env[tlsName] ?? 'on').toLowerCase();
  if (!['on', 'off'].includes(tlsSetting))
    throw new ConfigError(`${tlsName} must be on or off, not ${tlsSetting}`);
  const rotationLambdaArn = env[UserManagementEnvironment.rotationLambdaArn]?.trim();
  return {
    tls: tlsSetting === 'on',
    connectTimeoutMs: integer(env, UserManagementTuningEnvironment.connectTimeoutMs, 5_000, 100, 60_000),
    queryTimeoutMs: integer(env, UserManagementTuningEnvironment.queryTimeoutMs, 10_000, 100, 120_000),
    ...(rotationLambdaArn ? { rotationLambdaArn } : {}),
    rotationDays: integer(env, UserManagementEnvironment.rotationDays, 30, 1, 1000),
    recoveryWindowDays: integer(env, UserManagementTuningEnvironment.recoveryWindowDays, 7, 7, 30),
  };
}

function integer(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, not ${raw}`);
  }
  return value;
}
