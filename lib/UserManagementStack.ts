import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { SecurityGroup } from 'aws-cdk-lib/aws-ec2';
import type { Role } from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { LambdaBundleDirectories } from '../src/contract/LambdaBundleDirectories.js';
import type { DbVoiceContext } from './config/DbVoiceContext.js';
import type { DbVoiceFunction } from './constructs/DbVoiceFunction.js';
import type { DatabaseNetwork } from './constructs/resolveDatabaseNetwork.js';
import { UserManagement } from './constructs/UserManagement.js';

export { USER_MANAGEMENT_TIMEOUT_SECONDS } from './constructs/UserManagement.js';

/** The bundle `npm run build` writes for this Lambda, relative to the project root (where cdk.json is). */
export const USER_MANAGEMENT_BUNDLE: string = LambdaBundleDirectories.userManagement;

export interface UserManagementStackProps extends StackProps {
  readonly settings: DbVoiceContext;
  readonly network: DatabaseNetwork;
  readonly logRetention: RetentionDays;
  /** See UserManagementProps.createAutomationRole. */
  readonly createAutomationRole: boolean;
  /** Override for tests; defaults to USER_MANAGEMENT_BUNDLE. */
  readonly bundleDir?: string;
}

/** In each database account and Region: user management, and once per account the Automation's role. */
export class UserManagementStack extends Stack {
  readonly management: UserManagement;

  constructor(scope: Construct, id: string, props: UserManagementStackProps) {
    super(scope, id, props);
    // 'Default' keeps the resources' logical ids as they were before the construct existed, so an update does
    // not replace the named function or role.
    this.management = new UserManagement(this, 'Default', {
      settings: props.settings,
      network: props.network,
      logRetention: props.logRetention,
      bundleDir: props.bundleDir ?? USER_MANAGEMENT_BUNDLE,
      createAutomationRole: props.createAutomationRole,
    });
    new CfnOutput(this, 'UserManagementFunctionArn', { value: this.userManagement.function.functionArn });
  }

  get userManagement(): DbVoiceFunction {
    return this.management.handler;
  }

  get securityGroup(): SecurityGroup {
    return this.management.securityGroup;
  }

  get automationRole(): Role | undefined {
    return this.management.automationRole;
  }
}
