import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { findSecret } from './findSecret.js';
import { secretsErrors } from './secretsErrors.js';

function grantsPublicAccess(policy: unknown): boolean {
  const statements = (policy as { Statement?: unknown }).Statement;
  const list = Array.isArray(statements) ? statements : [statements];
  return list.some((statement) => {
    const s = statement as { Effect?: unknown; Principal?: unknown } | undefined;
    const principal = s?.Principal;
    const aws = (principal as { AWS?: unknown } | undefined)?.AWS;
    return (
      s?.Effect === 'Allow' && (principal === '*' || aws === '*' || (Array.isArray(aws) && aws.includes('*')))
    );
  });
}

/** The policy must be a JSON document; a public one is refused while BlockPublicPolicy (the default) holds. */
export function PutResourcePolicy(ctx: OperationContext, input: WireInput): WireValue {
  const secret = findSecret(ctx, read.requiredStr(input, 'SecretId'));
  const text = read.requiredStr(input, 'ResourcePolicy');
  let policy: unknown;
  try {
    policy = JSON.parse(text);
  } catch {
    throw secretsErrors.malformedPolicy('This resource policy contains a syntax error.');
  }
  if (typeof policy !== 'object' || policy === null || !('Statement' in policy)) {
    throw secretsErrors.malformedPolicy('This resource policy contains an unsupported key.');
  }
  if ((read.bool(input, 'BlockPublicPolicy') ?? true) && grantsPublicAccess(policy))
    throw secretsErrors.publicPolicy();
  secret.policy = text;
  return { ARN: secret.arn, Name: secret.name };
}
