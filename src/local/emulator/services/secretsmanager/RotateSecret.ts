import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { addVersion } from './addVersion.js';
import { findSecret } from './findSecret.js';
import { randomPassword } from './randomPassword.js';
import { secretsErrors } from './secretsErrors.js';

/**
 * Records the rotation configuration. There is no Lambda to invoke, so an immediate rotation is done by
 * the emulator itself when the current value is JSON with a "password": a new AWSCURRENT version with a
 * fresh password (the old one becomes AWSPREVIOUS). Other secrets only get LastRotatedDate.
 */
export function RotateSecret(ctx: OperationContext, input: WireInput): WireValue {
  const secret = findSecret(ctx, read.requiredStr(input, 'SecretId'));
  const lambdaArn = read.str(input, 'RotationLambdaARN') ?? secret.rotation.lambdaArn;
  if (lambdaArn === undefined) {
    throw secretsErrors.invalidRequest('No Lambda rotation function ARN is associated with this secret.');
  }
  const rules = read.obj(input, 'RotationRules');
  secret.rotation = {
    ...secret.rotation,
    enabled: true,
    lambdaArn,
    rules: rules ? { ...rules } : secret.rotation.rules,
  };
  if (read.bool(input, 'RotateImmediately') === false) return { ARN: secret.arn, Name: secret.name };

  const current = [...secret.versions.values()].find((v) => v.stages.has('AWSCURRENT'));
  let versionId = current?.versionId;
  let parsed: unknown;
  try {
    parsed = current?.secretString === undefined ? undefined : JSON.parse(current.secretString);
  } catch {
    parsed = undefined;
  }
  if (
    typeof parsed === 'object' &&
    parsed !== null &&
    typeof (parsed as { password?: unknown }).password === 'string'
  ) {
    const password = randomPassword({
      length: 32,
      exclude: '"@/\\\'',
      numbers: true,
      punctuation: true,
      uppercase: true,
      lowercase: true,
      space: false,
      requireEach: true,
    })!;
    const next = addVersion(
      secret,
      { secretString: JSON.stringify({ ...parsed, password }), secretBinary: undefined },
      read.str(input, 'ClientRequestToken'),
      ['AWSCURRENT'],
      ctx.now,
    );
    versionId = next.versionId;
  }
  secret.rotation.lastRotated = ctx.now;
  return { ARN: secret.arn, Name: secret.name, VersionId: versionId };
}
