import { randomBytes } from 'node:crypto';
import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import type { SecretRecord } from '../../state/RegionState.js';
import { addVersion } from './addVersion.js';
import { readSecretValue } from './readSecretValue.js';
import { readTags } from './readTags.js';
import { secretsErrors } from './secretsErrors.js';

const SUFFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * A new secret, its first version AWSCURRENT. ClientRequestToken makes it idempotent as in Secrets Manager:
 * the same token with the same value returns the version already made; with another value it is refused
 * (ResourceExistsException), and any other create of an existing name is refused too.
 */
export function CreateSecret(ctx: OperationContext, input: WireInput): WireValue {
  const name = read.requiredStr(input, 'Name');
  if (!/^[A-Za-z0-9/_+=.@-]{1,512}$/.test(name)) {
    throw secretsErrors.invalidParameter(
      'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!',
    );
  }
  const existing = [...ctx.regionState.secrets.values()].find((s) => s.name === name);
  if (existing?.deletedAt) {
    throw secretsErrors.invalidRequest(
      "You can't create this secret because a secret with this name is already scheduled for deletion.",
    );
  }
  const value = readSecretValue(input);
  const token = read.str(input, 'ClientRequestToken');
  if (existing) {
    // A retried create (same token) is answered as the first one was; addVersion refuses another value.
    const sameToken = token !== undefined && existing.versions.has(token);
    if (!sameToken)
      throw secretsErrors.exists(`The operation failed because the secret ${name} already exists.`);
    const version = addVersion(existing, value, token, ['AWSCURRENT'], ctx.now);
    return { ARN: existing.arn, Name: existing.name, VersionId: version.versionId, ReplicationStatus: [] };
  }
  const suffix = [...randomBytes(6)].map((b) => SUFFIX_ALPHABET[b % SUFFIX_ALPHABET.length]).join('');
  const secret: SecretRecord = {
    arn: `arn:aws:secretsmanager:${ctx.region}:${ctx.state.accountId}:secret:${name}-${suffix}`,
    name,
    description: read.str(input, 'Description'),
    kmsKeyId: read.str(input, 'KmsKeyId'),
    createdAt: ctx.now,
    lastChangedAt: ctx.now,
    lastAccessedAt: undefined,
    deletionDate: undefined,
    deletedAt: undefined,
    tags: readTags(input),
    versions: new Map(),
    policy: undefined,
    rotation: { enabled: false, lambdaArn: undefined, rules: undefined, lastRotated: undefined },
  };
  ctx.regionState.secrets.set(secret.arn, secret);
  const hasValue = value.secretString !== undefined || value.secretBinary !== undefined;
  const version = hasValue ? addVersion(secret, value, token, ['AWSCURRENT'], ctx.now) : undefined;
  return { ARN: secret.arn, Name: secret.name, VersionId: version?.versionId, ReplicationStatus: [] };
}
