import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { loadRds } from '../../../aws/sdk.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import type { FleetService } from '../fleet/FleetService.js';
import { TaskRefused } from './errors.js';
import type { TaskKind } from './TaskKind.js';
import type { TaskPlan } from './TaskPlan.js';

const AVAILABLE = 'available';
/** RDS faults that mean "not in a state for this now": answered plainly instead of as an outage. */
const STATE_FAULTS = new Set(['InvalidDBInstanceStateFault', 'InvalidDBClusterStateFault']);

/**
 * Checks whether a reboot or failover can run on an instance, and runs it. `plan` only reads (the cached
 * inventory and, for clusters, one DescribeDBClusters); `run` is the one place the skill changes a
 * database, and it is only called after the MFA code was accepted and the user said yes.
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
    if (instance.status !== AVAILABLE) throw refuse('notAvailable', instance.status);
    return { kind, action: kind === 'failover' ? 'multiAzFailover' : 'reboot', instance };
  }

  async run(plan: TaskPlan, deadline: Deadline): Promise<void> {
    const [client, rds] = await Promise.all([this.clients.rds(plan.instance.region), loadRds()]);
    const send = async (operation: string, call: (abortSignal: AbortSignal) => Promise<unknown>) => {
      try {
        await callAws(operation, () => call(deadline.signal()));
      } catch (error) {
        if (error instanceof Error && STATE_FAULTS.has(error.name)) {
          throw new TaskRefused(
            'rdsRefused',
            plan.kind,
            plan.instance.name,
            plan.instance.region,
            undefined,
            {
              cause: error,
            },
          );
        }
        throw error;
      }
    };
    if (plan.action === 'clusterFailover') {
      await send('FailoverDBCluster', (abortSignal) =>
        client.send(
          new rds.FailoverDBClusterCommand({
            DBClusterIdentifier: plan.clusterIdentifier,
            ...(plan.target ? { TargetDBInstanceIdentifier: plan.target.identifier } : {}),
          }),
          { abortSignal },
        ),
      );
      return;
    }
    await send('RebootDBInstance', (abortSignal) =>
      client.send(
        new rds.RebootDBInstanceCommand({
          DBInstanceIdentifier: plan.instance.identifier,
          ...(plan.action === 'multiAzFailover' ? { ForceFailover: true } : {}),
        }),
        { abortSignal },
      ),
    );
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
