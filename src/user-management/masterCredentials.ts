import { DEFAULT_PORT, type EngineFamily, engineFamily } from './engine.js';
import { MasterSecretError, SecretNotFoundError } from './errors.js';
import type { EndpointResolver } from './rdsEndpointResolver.js';
import type { SecretsStore } from './secretsStore.js';

/** The master login, read from an RDS-style secret (the shape the RDS console and rotation templates use). */
export interface MasterCredentials {
  readonly secretArn: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly port: number;
  /** The RDS engine name, copied into user secrets (postgres, aurora-postgresql, mysql, ...). */
  readonly engine: string;
  readonly family: EngineFamily;
}

/**
 * Reads and checks the master secret. A secret without host (RDS-managed master secrets hold only username
 * and password) gets its endpoint from RDS when a resolver is available.
 */
export async function readMasterCredentials(
  store: SecretsStore,
  secretId: string,
  resolveEndpoint?: EndpointResolver,
): Promise<MasterCredentials> {
  let secretString: string;
  let arn: string;
  try {
    ({ secretString, arn } = await store.getValue(secretId));
  } catch (error) {
    if (error instanceof SecretNotFoundError) {
      throw new MasterSecretError(`master secret ${secretId} does not exist`, {
        cause: error,
        details: { secretId },
      });
    }
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(secretString);
  } catch {
    // No cause: JSON.parse's message quotes the text, which is the password.
    throw new MasterSecretError(`master secret ${secretId} is not JSON`, { details: { secretId } });
  }
  if (typeof parsed !== 'object' || parsed === null) {
    throw new MasterSecretError(`master secret ${secretId} is not a JSON object`, { details: { secretId } });
  }
  const fields = parsed as Record<string, unknown>;
  const missing = ['username', 'password'].filter((key) => typeof fields[key] !== 'string');
  if (missing.length > 0) {
    throw new MasterSecretError(`master secret ${secretId} lacks string field(s) ${missing.join(', ')}`, {
      details: { secretId, missing },
    });
  }
  const login = { secretArn: arn, username: fields.username as string, password: fields.password as string };
  if (typeof fields.host !== 'string') {
    const endpoint = resolveEndpoint === undefined ? undefined : await lookUp(resolveEndpoint, arn, secretId);
    if (endpoint === undefined) {
      throw new MasterSecretError(
        `master secret ${secretId} has no host, and no RDS cluster or instance in this Region uses it as its managed master secret`,
        { details: { secretId, missing: ['host'] } },
      );
    }
    return { ...login, ...endpoint, family: familyOf(endpoint.engine, secretId) };
  }
  const engine = typeof fields.engine === 'string' ? fields.engine : 'mysql';
  const family = familyOf(engine, secretId);
  const port = fields.port === undefined ? DEFAULT_PORT[family] : Number(fields.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new MasterSecretError(`master secret ${secretId} has an invalid port`, { details: { secretId } });
  }
  return {
    ...login,
    host: fields.host,
    port,
    engine,
    family,
  };
}

function familyOf(engine: string, secretId: string): EngineFamily {
  const family = engineFamily(engine);
  if (family === undefined) {
    throw new MasterSecretError(
      `master secret ${secretId} is for engine ${JSON.stringify(engine.slice(0, 40))}; user management serves ` +
        'mysql, mariadb, aurora-mysql, postgres and aurora-postgresql',
      { details: { secretId } },
    );
  }
  return family;
}

async function lookUp(resolveEndpoint: EndpointResolver, arn: string, secretId: string) {
  try {
    return await resolveEndpoint(arn);
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    throw new MasterSecretError(
      `master secret ${secretId} has no host and RDS could not be asked: ${name}: ${message}`,
      {
        details: { secretId, awsError: name },
      },
    );
  }
}
