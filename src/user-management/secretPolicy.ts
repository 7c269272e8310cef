import { MasterSecretError } from './errors.js';

interface PolicyStatement {
  readonly Sid?: string;
  readonly Resource?: unknown;
  readonly [key: string]: unknown;
}

export const READER_STATEMENT_SID = 'DbvoiceReaders';

/**
 * The resource policy for a new user secret: the master secret's statements (so whoever may read or manage
 * the master secret keeps the same reach) plus GetSecretValue for the reader roles. In a secret's policy
 * "Resource" means the secret itself, so copied statements say "*" instead of the master's ARN.
 * undefined when there is nothing to attach.
 */
export function buildSecretPolicy(
  masterPolicy: string | undefined,
  readerRoleArns: readonly string[],
): string | undefined {
  const statements: PolicyStatement[] = [];
  if (masterPolicy !== undefined) {
    let parsed: { Statement?: unknown };
    try {
      parsed = JSON.parse(masterPolicy) as { Statement?: unknown };
    } catch (error) {
      throw new MasterSecretError('the master secret resource policy is not JSON', { cause: error });
    }
    const copied = Array.isArray(parsed.Statement)
      ? parsed.Statement
      : parsed.Statement
        ? [parsed.Statement]
        : [];
    for (const statement of copied as PolicyStatement[]) {
      if (statement.Sid === READER_STATEMENT_SID) continue;
      statements.push('Resource' in statement ? { ...statement, Resource: '*' } : statement);
    }
  }
  if (readerRoleArns.length > 0) {
    statements.push({
      Sid: READER_STATEMENT_SID,
      Effect: 'Allow',
      Principal: { AWS: [...readerRoleArns] },
      Action: 'secretsmanager:GetSecretValue',
      Resource: '*',
    });
  }
  if (statements.length === 0) return undefined;
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}
