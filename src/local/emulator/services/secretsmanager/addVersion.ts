import { randomUUID } from 'node:crypto';
import type { SecretRecord, SecretVersion } from '../../state/RegionState.js';
import { moveStage } from './moveStage.js';
import { secretsErrors } from './secretsErrors.js';

/**
 * A new version with the given labels. ClientRequestToken is the version id and makes the call idempotent:
 * the same token with the same value returns the existing version, with another value it is refused.
 */
export function addVersion(
  secret: SecretRecord,
  value: { readonly secretString: string | undefined; readonly secretBinary: Uint8Array | undefined },
  token: string | undefined,
  stages: readonly string[],
  now: Date,
): SecretVersion {
  const versionId = token ?? randomUUID();
  const existing = secret.versions.get(versionId);
  if (existing) {
    const same =
      existing.secretString === value.secretString &&
      Buffer.compare(Buffer.from(existing.secretBinary ?? []), Buffer.from(value.secretBinary ?? [])) === 0;
    if (!same)
      throw secretsErrors.exists("You can't modify an existing version, you can only create a new version.");
    return existing;
  }
  const version: SecretVersion = { versionId, ...value, createdAt: now, stages: new Set() };
  secret.versions.set(versionId, version);
  for (const stage of stages) moveStage(secret, stage, versionId);
  secret.lastChangedAt = now;
  return version;
}
