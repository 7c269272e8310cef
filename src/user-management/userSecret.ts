import { ManagedSecretTags } from '../contract/ManagedSecretTags.js';
import { NotManagedError } from './errors.js';
import type { AccountTarget } from './event.js';
import type { MasterCredentials } from './masterCredentials.js';
import type { SecretDescription } from './secretsStore.js';

/** Tags on every secret dbvoice creates. created_by is what delete_user and the others insist on. */
export const TAG = {
  createdBy: ManagedSecretTags.createdBy.key,
  createdAt: ManagedSecretTags.createdAt,
  database: ManagedSecretTags.database,
  username: ManagedSecretTags.username,
  host: ManagedSecretTags.host,
} as const;
export const CREATED_BY = ManagedSecretTags.createdBy.value;

/**
 * Secrets Manager tag values cannot hold '%', the host wildcard; the host allow-list never contains '@', so
 * '%' is stored as '@' and read back exactly.
 */
export function encodeHostTag(host: string): string {
  return host.replace(/%/g, '@');
}
export function decodeHostTag(value: string): string {
  return value.replace(/@/g, '%');
}

export function userSecretTags(account: AccountTarget, createdAt: Date): Record<string, string> {
  return {
    [TAG.createdBy]: CREATED_BY,
    [TAG.createdAt]: createdAt.toISOString(),
    [TAG.database]: account.database,
    [TAG.username]: account.username,
    [TAG.host]: encodeHostTag(account.host),
  };
}

/** RDS-style JSON, the shape AWS rotation templates and most clients read. */
export interface UserSecretValue {
  readonly engine: string;
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly password: string;
  readonly dbname: string;
}

export function userSecretValue(account: AccountTarget, master: MasterCredentials, password: string): string {
  const value: UserSecretValue = {
    engine: master.engine,
    host: master.host,
    port: master.port,
    username: account.username,
    password,
    dbname: account.database,
  };
  return JSON.stringify(value);
}

/** The password from a user secret's JSON, or undefined when the value is not ours to read. */
export function passwordOf(secretString: string): string | undefined {
  try {
    const parsed = JSON.parse(secretString) as { password?: unknown };
    return typeof parsed.password === 'string' ? parsed.password : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Refuses a secret that dbvoice did not create, or that belongs to another account or database: the guard
 * against deleting or resetting someone else's user by naming their secret.
 */
export function assertManagedSecret(secret: SecretDescription, account: AccountTarget): void {
  const details = { secretName: secret.name, username: account.username, host: account.host };
  if (secret.tags[TAG.createdBy] !== CREATED_BY) {
    throw new NotManagedError(
      `secret ${secret.name} was not created by dbvoice (no ${TAG.createdBy}=${CREATED_BY} tag); refusing`,
      details,
    );
  }
  const hostTag = secret.tags[TAG.host];
  const owner = {
    database: secret.tags[TAG.database],
    username: secret.tags[TAG.username],
    host: hostTag === undefined ? undefined : decodeHostTag(hostTag),
  };
  if (
    owner.database !== account.database ||
    owner.username !== account.username ||
    owner.host !== account.host
  ) {
    throw new NotManagedError(
      `secret ${secret.name} belongs to '${owner.username}'@'${owner.host}' on ${owner.database}, not this account`,
      { ...details, owner },
    );
  }
}
