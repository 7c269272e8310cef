import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { loadConfig } from './config.js';
import type { UserManagementDeps } from './deps.js';
import { createMysqlSessionFactory } from './mysqlSession.js';

/**
 * The deployed Lambda's clients: Secrets Manager in the function's own Region with bounded timeouts (an
 * endpoint override comes from AWS_ENDPOINT_URL_SECRETS_MANAGER, never from code) and mysql2 per config.
 */
export function createDefaultDeps(
  env: Readonly<Record<string, string | undefined>> = process.env,
): UserManagementDeps {
  const config = loadConfig(env);
  return {
    config,
    secretsManager: new SecretsManagerClient({
      maxAttempts: 3,
      requestHandler: new NodeHttpHandler({
        connectionTimeout: 3_000,
        requestTimeout: 5_000,
        throwOnRequestTimeout: true,
      }),
    }),
    connect: createMysqlSessionFactory(config),
  };
}
