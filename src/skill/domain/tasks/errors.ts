import type { TaskKind } from './TaskKind.js';

/** Why a reboot or failover cannot run now; each reason has its own words. */
export const TASK_REFUSALS = {
  /** The instance is not `available` (rebooting, modifying, stopped...): `status` names it. */
  notAvailable: 'notAvailable',
  /** A failover of a single-AZ instance outside a cluster: there is no standby. */
  notMultiAz: 'notMultiAz',
  /** The instance lacks TaskOptInTag, so IAM would deny its reboot (or Multi-AZ failover). */
  notOptedIn: 'notOptedIn',
  /** The Aurora cluster lacks TaskOptInTag, so IAM would deny its failover. */
  clusterNotOptedIn: 'clusterNotOptedIn',
  /** The cluster is not `available`: `status` names it. */
  clusterBusy: 'clusterBusy',
  /** The cluster has only a writer, so no reader can take over. */
  noReader: 'noReader',
  /** The named failover target is not a reader of the instance's cluster. */
  targetNotReader: 'targetNotReader',
  /** RDS itself refused the call because of the instance's or cluster's state. */
  rdsRefused: 'rdsRefused',
} as const;
export type TaskRefusal = keyof typeof TASK_REFUSALS;

/** A reboot or failover that cannot run now. Nothing was changed when this is thrown. */
export class TaskRefused extends Error {
  override readonly name = 'TaskRefused';

  constructor(
    readonly reason: TaskRefusal,
    readonly task: TaskKind,
    readonly instanceName: string,
    readonly region: string,
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(`Cannot ${task} ${instanceName} in ${region}: ${reason}${detail ? ` (${detail})` : ''}`, options);
  }
}
