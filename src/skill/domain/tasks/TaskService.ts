import { AwsCallFailed } from '../../../aws/AwsCallFailed.js';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws, classifyAwsError } from '../../../aws/mapAwsError.js';
import { loadRds } from '../../../aws/sdk.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import type { FleetService } from '../fleet/FleetService.js';
import { TaskRefused } from './errors.js';
import { optedInToTasks } from './optedInToTasks.js';
import type { TaskKind } from './TaskKind.js';
import type { TaskPlan } from './TaskPlan.js';

const AVAILABLE = 'available';
/** RDS faults that mean "not in a state for this now": answered plainly instead of as an outage. */
const STATE_FAULTS = new Set(['InvalidDBInstanceStateFault', 'InvalidDBClusterStateFault']);
/** Kept back from the write's time for the one describe that follows an unknown outcome. */
const DESCRIBE_RESERVE_MS = 1_500;

/** What running a task did: done (RDS said so), or unknown with the status read afterwards. */
export type TaskRunResult =
  | { readonly outcome: 'done' }
  | {
      readonly outcome: 'unknown';
      /** The status of the instance (cluster for a cluster failover) after the call; undefined if unreadable. */
      readonly status: string | undefined;
      /** Why the outcome is unknown, for the audit record: the error's name. */
      readonly cause: string;
    };

/**
 * Whether RDS itself answered the call with an error, so it was refused and not applied: a 4xx reply, or a
 * modelled RDS fault. A timeout, an abort, a dropped connection or a 5xx does not say whether the change
 * happened.
 */
function rdsAnswered(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  const status = $metadata?.httpStatusCode;
  if (status !== undefined) return status >= 400 && status < 500;
  return name !== undefined && (STATE_FAULTS.has(name) || classifyAwsError(error) === 'accessDenied');
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}

/**
 * Checks whether a reboot or failover can run on an instance, and runs it. `plan` only reads (the cached
 * inventory and, for clusters, one DescribeDBClusters) and refuses what IAM would deny, an instance or
 * cluster without TaskOptInTag; `run` is the one place the skill changes a database, and it is only called
 * after the MFA code was accepted and the user said yes.
 */
export class TaskService {
  constructor(
    private readonly clients: AwsClients,
    private readonly fleet: FleetService,
  ) {}

  async plan(
    kind: TaskKind,
    instance: DbInstanceSummary,
    targetSpoken: string | undefined,
    deadline: Deadline,
  ): Promise<TaskPlan> {
    const refuse = (reason: TaskRefused['reason'], detail?: string) =>
      new TaskRefused(reason, kind, instance.name, instance.region, detail);
    if (kind === 'failover' && instance.clusterIdentifier) {
      return this.planClusterFailover(instance, instance.clusterIdentifier, targetSpoken, deadline, refuse);
    }
    if (kind === 'failover' && !instance.multiAz) throw refuse('notMultiAz');
    // IAM would deny it after the code and the yes: say so before a code is asked for or spent.
    if (!instance.optedInToTasks) throw refuse('notOptedIn');
    if (instance.status !== AVAILABLE) throw refuse('notAvailable', instance.status);
    return { kind, action: kind === 'failover' ? 'multiAzFailover' : 'reboot', instance };
  }

  /**
   * Runs the task: one RebootDBInstance or FailoverDBCluster through a client that never retries. A reply
   * RDS gave (an error with a 4xx status) is final: nothing was changed, and a state fault is a TaskRefused.
   * Anything else (a timeout, a lost connection, a 5xx, the deadline's abort) leaves the outcome unknown:
   * the call may have been applied. Then the instance or cluster is described once and what is true now is
   * returned, never an assumption either way.
   */
  async run(plan: TaskPlan, deadline: Deadline): Promise<TaskRunResult> {
    const [client, rds] = await Promise.all([
      this.clients.rds(plan.instance.region, { idempotent: false }),
      loadRds(),
    ]);
    const operation = plan.action === 'clusterFailover' ? 'FailoverDBCluster' : 'RebootDBInstance';
    // The write may use the budget only up to a reserve, so the describe after an unknown outcome still fits.
    const signal = AbortSignal.timeout(Math.max(1, deadline.remainingMs() - DESCRIBE_RESERVE_MS));
    try {
      if (plan.action === 'clusterFailover') {
        await client.send(
          new rds.FailoverDBClusterCommand({
            DBClusterIdentifier: plan.clusterIdentifier,
            ...(plan.target ? { TargetDBInstanceIdentifier: plan.target.identifier } : {}),
          }),
          { abortSignal: signal },
        );
      } else {
        await client.send(
          new rds.RebootDBInstanceCommand({
            DBInstanceIdentifier: plan.instance.identifier,
            ...(plan.action === 'multiAzFailover' ? { ForceFailover: true } : {}),
          }),
          { abortSignal: signal },
        );
      }
      return { outcome: 'done' };
    } catch (error) {
      if (!rdsAnswered(error)) {
        return { outcome: 'unknown', cause: errorName(error), status: await this.statusNow(plan, deadline) };
      }
      if (error instanceof Error && STATE_FAULTS.has(error.name)) {
        throw new TaskRefused('rdsRefused', plan.kind, plan.instance.name, plan.instance.region, undefined, {
          cause: error,
        });
      }
      // A definite refusal (access, throttling, not found...): the usual AWS words.
      const reason = classifyAwsError(error);
      if (reason) throw new AwsCallFailed(reason, operation, { cause: error });
      throw error;
    }
  }

  /** The instance's (or, for a cluster failover, the cluster's) status now, or undefined if unreadable. */
  private async statusNow(plan: TaskPlan, deadline: Deadline): Promise<string | undefined> {
    try {
      const [client, rds] = await Promise.all([this.clients.rds(plan.instance.region), loadRds()]);
      const options = { abortSignal: deadline.signal() };
      if (plan.action === 'clusterFailover') {
        const { DBClusters } = await client.send(
          new rds.DescribeDBClustersCommand({ DBClusterIdentifier: plan.clusterIdentifier }),
          options,
        );
        return DBClusters?.[0]?.Status;
      }
      const { DBInstances } = await client.send(
        new rds.DescribeDBInstancesCommand({ DBInstanceIdentifier: plan.instance.identifier }),
        options,
      );
      return DBInstances?.[0]?.DBInstanceStatus;
    } catch {
      // Unreadable is an answer too: the caller says it could not check, and never "nothing was changed".
      return undefined;
    }
  }

  private async planClusterFailover(
    instance: DbInstanceSummary,
    clusterIdentifier: string,
    targetSpoken: string | undefined,
    deadline: Deadline,
    refuse: (reason: TaskRefused['reason'], detail?: string) => TaskRefused,
  ): Promise<TaskPlan> {
    const [client, { DescribeDBClustersCommand }] = await Promise.all([
      this.clients.rds(instance.region),
      loadRds(),
    ]);
    const { DBClusters } = await callAws('DescribeDBClusters', () =>
      client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: clusterIdentifier }), {
        abortSignal: deadline.signal(),
      }),
    );
    const cluster = DBClusters?.[0];
    // FailoverDBCluster is authorised on the cluster's tag alone, whatever its instances carry.
    if (cluster && !optedInToTasks(cluster.TagList)) throw refuse('clusterNotOptedIn');
    const status = cluster?.Status ?? 'unknown';
    if (status !== AVAILABLE) throw refuse('clusterBusy', status);
    const readers = (cluster?.DBClusterMembers ?? [])
      .filter((member) => member.IsClusterWriter === false && member.DBInstanceIdentifier)
      .map((member) => member.DBInstanceIdentifier as string);
    if (readers.length === 0) throw refuse('noReader');
    const base = { kind: 'failover', action: 'clusterFailover', instance, clusterIdentifier } as const;
    if (!targetSpoken) return base;
    // The reader is looked up in the instance's own Region only: a cluster never spans Regions.
    const target = await this.fleet.findInstance(targetSpoken, [instance.region], deadline);
    if (!readers.includes(target.identifier)) throw refuse('targetNotReader', target.name);
    return { ...base, target: { identifier: target.identifier, name: target.name } };
  }
}
