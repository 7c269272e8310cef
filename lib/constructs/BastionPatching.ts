import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import {
  CfnMaintenanceWindow,
  CfnMaintenanceWindowTarget,
  CfnMaintenanceWindowTask,
} from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

/** The AWS-owned Run Command document that scans and installs patches per the instance's patch baseline. */
export const PATCH_DOCUMENT = 'AWS-RunPatchBaseline';

export interface BastionPatchingProps {
  /** A maintenance-window cron(...) or rate(...) expression, in UTC. */
  readonly schedule: string;
  /** The tag every bastion carries. */
  readonly target: { readonly key: string; readonly value: string };
  /** Where the patch run's output goes. */
  readonly outputLogGroup: ILogGroup;
}

/**
 * Applies OS patches to the Region's bastions in a maintenance window with AWS-RunPatchBaseline (the default
 * Amazon Linux 2023 baseline), rebooting when a patch needs it. The window runs with Systems Manager's
 * service-linked role, so it needs no role of its own.
 */
export class BastionPatching extends Construct {
  readonly window: CfnMaintenanceWindow;
  readonly task: CfnMaintenanceWindowTask;

  constructor(scope: Construct, id: string, props: BastionPatchingProps) {
    super(scope, id);
    this.window = new CfnMaintenanceWindow(this, 'Window', {
      name: 'dbvoice-bastion-patching',
      description: 'dbvoice: install OS patches on the bastions (AWS-RunPatchBaseline)',
      schedule: props.schedule,
      duration: 2,
      // Start nothing in the last hour, so a patch and its reboot finish inside the window.
      cutoff: 1,
      allowUnassociatedTargets: false,
    });
    const target = new CfnMaintenanceWindowTarget(this, 'Bastions', {
      windowId: this.window.ref,
      name: 'dbvoice-bastions',
      resourceType: 'INSTANCE',
      targets: [{ key: `tag:${props.target.key}`, values: [props.target.value] }],
    });
    this.task = new CfnMaintenanceWindowTask(this, 'RunPatchBaseline', {
      windowId: this.window.ref,
      name: 'dbvoice-run-patch-baseline',
      taskArn: PATCH_DOCUMENT,
      taskType: 'RUN_COMMAND',
      priority: 1,
      maxConcurrency: '1',
      maxErrors: '1',
      targets: [{ key: 'WindowTargetIds', values: [target.ref] }],
      taskInvocationParameters: {
        maintenanceWindowRunCommandParameters: {
          parameters: { Operation: ['Install'], RebootOption: ['RebootIfNeeded'] },
          cloudWatchOutputConfig: {
            cloudWatchLogGroupName: props.outputLogGroup.logGroupName,
            cloudWatchOutputEnabled: true,
          },
          timeoutSeconds: 600,
        },
      },
    });
  }
}
