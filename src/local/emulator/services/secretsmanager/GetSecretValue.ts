import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findSecret } from './findSecret.js';
import { secretsErrors } from './secretsErrors.js';

/** By VersionId and/or VersionStage; AWSCURRENT when neither is given. */
export function GetSecretValue(ctx: OperationContext, input: WireInput): WireValue {
  const secret = findSecret(ctx, read.requiredStr(input, 'SecretId'));
  const versionId = read.str(input, 'VersionId');
  const stage = read.str(input, 'VersionStage') ?? (versionId === undefined ? 'AWSCURRENT' : undefined);
  const version = [...secret.versions.values()].find(
    (v) =>
      (versionId === undefined || v.versionId === versionId) && (stage === undefined || v.stages.has(stage)),
  );
  if (!version) {
    throw secretsErrors.notFound(
      stage !== undefined
        ? `Secrets Manager can't find the specified secret value for staging label: ${stage}`
        : `Secrets Manager can't find the specified secret value for VersionId: ${versionId}`,
    );
  }
  secret.lastAccessedAt = new Date(Math.floor(ctx.now.getTime() / 86_400_000) * 86_400_000);
  return {
    ARN: secret.arn,
    Name: secret.name,
    VersionId: version.versionId,
    SecretString: version.secretString,
    SecretBinary: version.secretBinary,
    VersionStages: [...version.stages],
    CreatedDate: version.createdAt,
  };
}
