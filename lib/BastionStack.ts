import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Instance, SecurityGroup } from 'aws-cdk-lib/aws-ec2';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { DbVoiceContext } from './config/DbVoiceContext.js';
import { Bastion } from './constructs/Bastion.js';
import type { DatabaseNetwork } from './constructs/resolveDatabaseNetwork.js';

/** sql-scripts/ relative to the project root (where cdk.json is). */
export const SQL_SCRIPTS_DIRECTORY = 'sql-scripts';

export interface BastionStackProps extends StackProps {
  readonly settings: DbVoiceContext;
  readonly network: DatabaseNetwork;
  /** Defaults to dbvoice:logRetentionDays. */
  readonly logRetention?: RetentionDays;
  /** Override for tests; defaults to SQL_SCRIPTS_DIRECTORY. */
  readonly scriptsDirectory?: string;
}

/** One per managed Region: the bastion that runs the SQL checks, with its logs and patching. */
export class BastionStack extends Stack {
  readonly bastion: Bastion;

  constructor(scope: Construct, id: string, props: BastionStackProps) {
    super(scope, id, props);
    // 'Default' keeps the resources' logical ids as they were before the construct existed, so an update
    // does not replace the named parameter.
    this.bastion = new Bastion(this, 'Default', {
      settings: props.settings,
      network: props.network,
      scriptsDirectory: props.scriptsDirectory ?? SQL_SCRIPTS_DIRECTORY,
      // RetentionDays values are the day counts; readDbVoiceContext only accepts valid ones.
      logRetention: props.logRetention ?? (props.settings.logRetentionDays as RetentionDays),
    });
    new CfnOutput(this, 'BastionInstanceId', { value: this.bastion.instance.instanceId });
    new CfnOutput(this, 'BastionCommandLogGroup', { value: this.bastion.commandLogs.logGroupName });
    new CfnOutput(this, 'BastionSessionLogGroup', { value: this.bastion.sessionLogs.logGroupName });
  }

  get instance(): Instance {
    return this.bastion.instance;
  }

  get securityGroup(): SecurityGroup {
    return this.bastion.securityGroup;
  }
}
