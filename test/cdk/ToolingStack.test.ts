import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS_DIRECTORY, documentName, ToolingStack } from '../../lib/ToolingStack.js';
import { nagFindings, SYNTH_TIMEOUT_MS, testApp } from './fixtures/testApp.js';

describe('Stack: ToolingStack', () => {
  let stack: ToolingStack;
  let template: Template;

  beforeAll(() => {
    const { app } = testApp();
    stack = new ToolingStack(app, 'Tooling', {
      env: { region: 'us-east-1' },
      databaseAccounts: ['111122223333', '777788889999'],
      createAdministrationRole: true,
      documentsDirectory: 'test/cdk/fixtures/documents',
    });
    template = Template.fromStack(stack);
  }, SYNTH_TIMEOUT_MS);

  it('loads the documents from lib/documents by default', () => {
    expect(DOCUMENTS_DIRECTORY).toBe('lib/documents');
    expect(documentName('user-management.yaml')).toBe('DbVoice-UserManagement');
  });

  it('deploys each YAML document as a versioned Automation document', () => {
    template.hasResourceProperties('AWS::SSM::Document', {
      Name: 'DbVoice-UserManagement',
      DocumentType: 'Automation',
      UpdateMethod: 'NewVersion',
      Content: Match.objectLike({ schemaVersion: '0.3', mainSteps: Match.anyValue() }),
    });
  });

  it('lets the administration role assume only the dbvoice execution role in the listed accounts', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      RoleName: 'AWS-SystemsManager-AutomationAdministrationRole',
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({
            Action: 'sts:AssumeRole',
            Resource: [
              {
                'Fn::Join': [
                  '',
                  Match.arrayWith([':iam::111122223333:role/DbVoiceUserManagementAutomation']),
                ],
              },
              {
                'Fn::Join': [
                  '',
                  Match.arrayWith([':iam::777788889999:role/DbVoiceUserManagementAutomation']),
                ],
              },
            ],
          }),
        ],
      },
    });
  });

  it('passes cdk-nag AwsSolutions with every finding fixed or acknowledged', {
    timeout: SYNTH_TIMEOUT_MS,
  }, () => {
    expect(nagFindings(stack)).toEqual([]);
  });

  it('reports a synth error, not a crash, when there is no document', { timeout: SYNTH_TIMEOUT_MS }, () => {
    const { app } = testApp();
    const empty = new ToolingStack(app, 'NoDocuments', {
      env: { region: 'us-east-1' },
      databaseAccounts: [],
      createAdministrationRole: false,
      documentsDirectory: 'test/cdk/fixtures/no-such-directory',
    });
    Annotations.fromStack(empty).hasError('*', Match.stringLikeRegexp('No Automation document'));
    Template.fromStack(empty).resourceCountIs('AWS::SSM::Document', 0);
  });
});
