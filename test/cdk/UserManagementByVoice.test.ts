import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SkillStack } from '../../lib/SkillStack.js';
import { ResourceNames } from '../../src/contract/ResourceNames.js';
import { allowStatements, asList } from './fixtures/iamStatements.js';
import { skillStack } from './fixtures/skillStack.js';
import { nagFindings, SYNTH_TIMEOUT_MS } from './fixtures/testApp.js';

/** The skill's side of database users by voice: what its role may start, and the e-mail of late results. */
describe('Stack: SkillStack, user management by voice', () => {
  let stack: SkillStack;
  let template: Template;

  beforeAll(() => {
    ({ stack, template } = skillStack());
  }, SYNTH_TIMEOUT_MS);

  const statementsWith = (action: string) =>
    allowStatements(template).filter((s) => asList(s.Action).includes(action));

  it('starts only the user-management document, in the home Region, and nothing else of SSM Automation', () => {
    // Act
    const start = statementsWith('ssm:StartAutomationExecution');
    const everything = allowStatements(template).flatMap((s) => asList(s.Action));

    // Assess
    expect(start).toHaveLength(1);
    expect(asList(start[0]!.Action)).toEqual(['ssm:StartAutomationExecution']);
    const resources = JSON.stringify(start[0]!.Resource);
    expect(resources).toContain(`:ssm:us-east-1:`);
    expect(resources).toContain(`:automation-definition/${ResourceNames.userManagementDocumentName}:*`);
    expect(asList(start[0]!.Resource)).toHaveLength(1);
    expect(everything.filter((a) => /Automation/.test(a)).sort()).toEqual([
      'ssm:GetAutomationExecution',
      'ssm:StartAutomationExecution',
    ]);
  });

  it('reads executions only, and passes only the Automation administration role, only to SSM', () => {
    const get = statementsWith('ssm:GetAutomationExecution');
    expect(get).toHaveLength(1);
    expect(JSON.stringify(get[0]!.Resource)).toContain(':ssm:us-east-1:');
    expect(JSON.stringify(get[0]!.Resource)).toContain(':automation-execution/*');

    const pass = statementsWith('iam:PassRole');
    expect(pass).toHaveLength(1);
    expect(JSON.stringify(pass[0]!.Resource)).toContain(
      `:role/${ResourceNames.automationAdministrationRoleName}`,
    );
    expect(pass[0]!.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'ssm.amazonaws.com' } });
  });

  it("e-mails the end of every user-management execution to the topic, through the topic's key", () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.ssm'],
        'detail-type': ['EC2 Automation Execution Status-change Notification'],
        detail: {
          Definition: [ResourceNames.userManagementDocumentName],
          Status: Match.arrayWith(['Success', 'Failed']),
        },
      },
      Targets: [Match.objectLike({ Arn: Match.anyValue() })],
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'events.amazonaws.com' },
            Action: Match.arrayWith(['kms:Decrypt']),
          }),
        ]),
      },
    });
  });

  it('stays cdk-nag clean', { timeout: SYNTH_TIMEOUT_MS }, () => {
    expect(nagFindings(stack)).toEqual([]);
  });
});
