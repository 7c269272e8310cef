import { MasterSecretError, SecretNotFoundError } from './errors.js';
import type { SecretsStore } from './secretsStore.js';

/** The master login, read from an RDS-style secret (the shape the RDS console and rotation templates use). */
export interface MasterCredentials {
  readonly secretArn: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly port: number;
  readonly engine: string;
  readonly kmsKeyId?: string;
}

/**
 * Reads and checks the master secret. RDS-managed master secrets (ManageMasterUserPassword) hold only
 * username and password; they need host (and port) added, or this refuses them with a clear message.
 */
export async function readMasterCredentials(
  store: SecretsStore,
  secretId: string,
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
  const missing = ['username', 'password', 'host'].filter((key) => typeof fields[key] !== 'string');
  if (missing.length > 0) {
    throw new MasterSecretError(`master secret ${secretId} lacks string field(s) ${missing.join(', ')}`, {
      details: { secretId, missing },
    });
  }
  const port = fields.port === undefined ? 3306 : Number(fields.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new MasterSecretError(`master secret ${secretId} has an invalid port`, { details: { secretId } });
  }
  return {
    secretArn: arn,
    username: fields.username as string,
    password: fields.password as string,
    host: fields.host as string,
    port,
    engine: typeof fields.engine === 'string' ? fields.engine : 'mysql',
  };
}
