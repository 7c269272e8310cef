import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { addVersion } from './addVersion.js';
import { findSecret } from './findSecret.js';
import { readSecretValue } from './readSecretValue.js';
import { secretsErrors } from './secretsErrors.js';

/** A new version, AWSCURRENT unless VersionStages says otherwise (e.g. AWSPENDING during a rotation). */
export function PutSecretValue(ctx: OperationContext, input: WireInput): WireValue {
  const secret = findSecret(ctx, read.requiredStr(input, 'SecretId'));
  const value = readSecretValue(input);
  if (value.secretString === undefined && value.secretBinary === undefined) {
    throw secretsErrors.invalidParameter('You must provide either SecretString or SecretBinary.');
  }
  const stages = read.strList(input, 'VersionStages');
  const version = addVersion(
    secret,
    value,
    read.str(input, 'ClientRequestToken'),
    stages.length > 0 ? stages : ['AWSCURRENT'],
    ctx.now,
  );
  return {
    ARN: secret.arn,
    Name: secret.name,
    VersionId: version.versionId,
    VersionStages: [...version.stages],
  };
}
