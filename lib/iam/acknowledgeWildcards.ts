import { Stack, Validations } from 'aws-cdk-lib';
import type { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';

/** Renders a resolved CloudFormation value the way cdk-nag names findings: {Ref: X} -> <X>, GetAtt -> <A.B>. */
function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.Ref === 'string') return `<${object.Ref}>`;
    const getAtt = object['Fn::GetAtt'];
    if (Array.isArray(getAtt)) return `<${getAtt.join('.')}>`;
    const join = object['Fn::Join'];
    if (Array.isArray(join) && Array.isArray(join[1])) return join[1].map(flatten).join(String(join[0]));
  }
  return JSON.stringify(value);
}

/**
 * Acknowledges AwsSolutions-IAM5 for exactly the wildcards one statement contains, with the statement's own
 * reason. cdk-nag 3 has no rule-wide suppression, and listing findings by hand would drift from the policy;
 * deriving them here keeps every acknowledgement next to the statement it justifies. `scope` is the role or
 * policy the statement is attached to (acknowledgements apply to the construct and its children).
 */
export function acknowledgeWildcards(scope: IConstruct, statement: PolicyStatement, reason: string): void {
  const json = Stack.of(scope).resolve(statement.toStatementJson()) as {
    Action?: unknown;
    Resource?: unknown;
  };
  const asList = (value: unknown): unknown[] =>
    value === undefined ? [] : Array.isArray(value) ? value : [value];
  const findings = [
    ...asList(json.Action)
      .map(flatten)
      .filter((action) => action.includes('*'))
      .map((action) => `Action::${action}`),
    ...asList(json.Resource)
      .map(flatten)
      .filter((resource) => resource.includes('*'))
      .map((resource) => `Resource::${resource}`),
  ];
  if (findings.length === 0) {
    throw new Error(`acknowledgeWildcards: the statement has no wildcard to acknowledge (${reason})`);
  }
  for (const finding of findings) {
    Validations.of(scope).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
  }
}
