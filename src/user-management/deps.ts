import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { loadConfig, type UserManagementConfig } from './config.js';
import type { SqlSessionFactory } from './mysqlSession.js';
import { generatePassword } from './passwordGenerator.js';
import type { EndpointResolver } from './rdsEndpointResolver.js';
import { SecretsStore } from './secretsStore.js';

/** What the handler needs from the outside world; tests pass their own clients and factories. */
export interface UserManagementDeps {
  readonly secretsManager: SecretsManagerClient;
  readonly connect: SqlSessionFactory;
  /** Finds the endpoint of an RDS-managed master secret, which holds no host. */
  readonly resolveEndpoint?: EndpointResolver;
  readonly logger?: Logger;
  readonly config?: UserManagementConfig;
  readonly generatePassword?: () => string;
  readonly now?: () => Date;
  /** Client request tokens (they become secret version ids). */
  readonly newToken?: () => string;
}

/** The same, resolved, as the actions use it. */
export interface ActionDeps {
  readonly secrets: SecretsStore;
  readonly connect: SqlSessionFactory;
  readonly resolveEndpoint?: EndpointResolver;
  readonly logger: Logger;
  readonly config: UserManagementConfig;
  readonly generatePassword: () => string;
  readonly now: () => Date;
  readonly newToken: () => string;
}

export const SERVICE_NAME = 'dbvoice-user-management';

export function resolveDeps(deps: UserManagementDeps): ActionDeps {
  return {
    secrets: new SecretsStore(deps.secretsManager),
    connect: deps.connect,
    ...(deps.resolveEndpoint ? { resolveEndpoint: deps.resolveEndpoint } : {}),
    logger: deps.logger ?? new Logger({ serviceName: SERVICE_NAME }),
    config: deps.config ?? loadConfig(),
    generatePassword: deps.generatePassword ?? (() => generatePassword()),
    now: deps.now ?? (() => new Date()),
    newToken: deps.newToken ?? randomUUID,
  };
}
