import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findSecret } from './findSecret.js';
import { versionsToStages } from './versionsToStages.js';

export function DescribeSecret(ctx: OperationContext, input: WireInput): WireValue {
  const secret = findSecret(ctx, read.requiredStr(input, 'SecretId'), true);
  return {
    ARN: secret.arn,
    Name: secret.name,
    Description: secret.description,
    KmsKeyId: secret.kmsKeyId,
    RotationEnabled: secret.rotation.enabled,
    RotationLambdaARN: secret.rotation.lambdaArn,
    RotationRules: secret.rotation.rules as WireValue,
    LastRotatedDate: secret.rotation.lastRotated,
    LastChangedDate: secret.lastChangedAt,
    LastAccessedDate: secret.lastAccessedAt,
    DeletedDate: secret.deletedAt,
    Tags: secret.tags,
    VersionIdsToStages: versionsToStages(secret),
    CreatedDate: secret.createdAt,
    PrimaryRegion: ctx.region,
  };
}
