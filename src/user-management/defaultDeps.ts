import { RDSClient } from '@aws-sdk/client-rds';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { loadConfig } from './config.js';
import type { UserManagementDeps } from './deps.js';
import { createRdsEndpointResolver } from './rdsEndpointResolver.js';
import { createSessionFactory } from './sessionFactory.js';

/**
 * The deployed Lambda's clients, in the function's own Region with bounded timeouts (endpoint overrides
 * come from AWS_ENDPOINT_URL_<SERVICE>, never from code), and mysql2 or node-postgres per config. RDS is asked only for a
 * master secret that carries no host.
 */
export function createDefaultDeps(
  env: Readonly<Record<string, string | undefined>> = process.env,
): UserManagementDeps {
  const config = loadConfig(env);
  const clientConfig = () => ({
    maxAttempts: 3,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: 3_000,
      requestTimeout: 5_000,
      throwOnRequestTimeout: true,
    }),
  });
  return {
    config,
    secretsManager: new SecretsManagerClient(clientConfig()),
    connect: createSessionFactory(config),
    resolveEndpoint: createRdsEndpointResolver(new RDSClient(clientConfig())),
  };
}
