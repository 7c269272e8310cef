import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { type AwsCall, iamAction } from '../../src/contract/AwsCall.js';
import { acknowledgeWildcards } from './acknowledgeWildcards.js';

/** What one contract scope means in IAM: one statement per scope, named by its Sid. */
export interface ScopeGrant {
  readonly sid: string;
  readonly resources: readonly string[];
  readonly conditions?: Record<string, Record<string, unknown>>;
  /** Why the resources hold a wildcard (cdk-nag AwsSolutions-IAM5); required exactly when one does. */
  readonly wildcardReason?: string;
}

/**
 * Grants `grantee` the calls of a contract list that go to the given scopes, one statement per scope with the
 * actions sorted. Scopes missing from `scopes` are someone else's grant (or not configured), so a construct
 * grants only what it owns and the contract test checks that together they grant the whole list. Calls
 * signed with other credentials (the MFA user's keys) are never granted to a role.
 */
export function grantAwsCalls<Scope extends string>(
  grantee: IGrantable,
  calls: readonly AwsCall<Scope>[],
  scopes: Partial<Record<Scope, ScopeGrant>>,
): void {
  const actionsByScope = new Map<Scope, Set<string>>();
  const add = (scope: Scope, action: string) => {
    if (scopes[scope] === undefined) return;
    const actions = actionsByScope.get(scope) ?? new Set<string>();
    actions.add(action);
    actionsByScope.set(scope, actions);
  };
  for (const call of calls) {
    if ((call.credentials ?? 'role') !== 'role') continue;
    for (const scope of call.on) add(scope, iamAction(call));
    for (const implied of call.alsoNeeds ?? []) {
      for (const scope of implied.on) add(scope, iamAction(implied));
    }
  }

  const principal = grantee.grantPrincipal;
  for (const [scope, actions] of actionsByScope) {
    const grant = scopes[scope]!;
    const statement = new PolicyStatement({
      sid: grant.sid,
      actions: [...actions].sort(),
      resources: [...grant.resources],
      ...(grant.conditions ? { conditions: grant.conditions } : {}),
    });
    principal.addToPrincipalPolicy(statement);
    if (grant.wildcardReason) {
      if (!Construct.isConstruct(principal)) {
        throw new Error(
          `grantAwsCalls: cannot acknowledge wildcards on a principal outside the tree (${grant.sid})`,
        );
      }
      acknowledgeWildcards(principal, statement, grant.wildcardReason);
    }
  }
}
