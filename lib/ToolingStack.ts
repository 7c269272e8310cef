import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Annotations, Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnDocument } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { parse } from 'yaml';
import { ResourceNames } from '../src/contract/ResourceNames.js';

/** Where the Automation documents live, relative to the project root (where cdk.json is). */
export const DOCUMENTS_DIRECTORY = 'lib/documents';

const DOCUMENT_EXTENSIONS = ['.yaml', '.yml', '.json'];

export interface ToolingStackProps extends StackProps {
  /** Accounts whose DbVoiceUserManagementAutomation role the administration role may assume. */
  readonly databaseAccounts: readonly string[];
  /** False when the central account already has AWS-SystemsManager-AutomationAdministrationRole. */
  readonly createAdministrationRole: boolean;
  /** Override for tests; defaults to DOCUMENTS_DIRECTORY. */
  readonly documentsDirectory?: string;
}

/** user-management.yaml -> DbVoice-UserManagement, the name the execution roles allow. */
export function documentName(file: string): string {
  const stem = basename(file, extname(file));
  const pascal = stem
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return `DbVoice-${pascal}`;
}

/**
 * The central account's side of user management: the Automation document(s) from lib/documents, and the
 * administration role Systems Manager uses to run them in the database accounts and Regions.
 */
export class ToolingStack extends Stack {
  readonly documents: CfnDocument[] = [];

  constructor(scope: Construct, id: string, props: ToolingStackProps) {
    super(scope, id, props);
    const directory = props.documentsDirectory ?? DOCUMENTS_DIRECTORY;
    const files = existsSync(directory)
      ? readdirSync(directory)
          .filter((file) => DOCUMENT_EXTENSIONS.includes(extname(file).toLowerCase()))
          .sort()
      : [];
    if (files.length === 0) {
      Annotations.of(this).addError(
        `No Automation document (.yaml/.yml/.json) in ${directory}/: the user-management Automation cannot be ` +
          'deployed. Deploy the other stacks by name until it exists.',
      );
    }
    for (const file of files) {
      const name = documentName(file);
      const content = parse(readFileSync(join(directory, file), 'utf8')) as unknown;
      const document = new CfnDocument(this, name, {
        name,
        documentType: 'Automation',
        content,
        // A named document cannot be replaced in place; new content becomes a new version instead.
        updateMethod: 'NewVersion',
      });
      this.documents.push(document);
      new CfnOutput(this, `${name.replace(/[^A-Za-z0-9]/g, '')}DocumentName`, { value: name });
    }

    if (props.createAdministrationRole) {
      const role = new Role(this, 'AutomationAdministrationRole', {
        roleName: ResourceNames.automationAdministrationRoleName,
        assumedBy: new ServicePrincipal('ssm.amazonaws.com').withConditions({
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        }),
        description:
          'Systems Manager multi-account Automation: assumes the dbvoice execution role in each account',
      });
      const accounts = props.databaseAccounts.length > 0 ? props.databaseAccounts : [Aws.ACCOUNT_ID];
      role.addToPrincipalPolicy(
        new PolicyStatement({
          sid: 'AssumeExecutionRoles',
          actions: ['sts:AssumeRole'],
          resources: accounts.map(
            (account) =>
              `arn:${Aws.PARTITION}:iam::${account}:role/${ResourceNames.automationExecutionRoleName}`,
          ),
        }),
      );
      new CfnOutput(this, 'AutomationAdministrationRoleArn', { value: role.roleArn });
    }
  }
}
