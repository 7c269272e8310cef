import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { AwsClients } from '../../../aws/AwsClients.js';
import { callAws } from '../../../aws/mapAwsError.js';
import { loadCloudWatch } from '../../../aws/sdk.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import type { Alarm } from './Alarm.js';

function belongsTo(alarm: MetricAlarm, instance: DbInstanceSummary): boolean {
  const dimensions = [
    ...(alarm.Dimensions ?? []),
    ...(alarm.Metrics ?? []).flatMap((m) => m.MetricStat?.Metric?.Dimensions ?? []),
  ];
  const byDimension = dimensions.some(
    (d) =>
      (d.Name === 'DBInstanceIdentifier' && d.Value === instance.identifier) ||
      (d.Name === 'DBClusterIdentifier' &&
        instance.clusterIdentifier !== undefined &&
        d.Value === instance.clusterIdentifier),
  );
  // Teams that name alarms after the instance ("prod-reporting-01-high-cpu") are matched by prefix too.
  const name = (alarm.AlarmName ?? '').toLowerCase();
  const byName =
    name.startsWith(instance.identifier.toLowerCase()) || name.startsWith(`${instance.name.toLowerCase()}-`);
  return byDimension || byName;
}

function toAlarm(alarm: MetricAlarm): Alarm {
  const since = alarm.StateUpdatedTimestamp;
  return { name: alarm.AlarmName ?? '', reason: alarm.StateReason ?? '', ...(since ? { since } : {}) };
}

/** Alarms in ALARM state for an instance, found by dimension or by name prefix, in one paginated call. */
export class AlarmService {
  constructor(private readonly clients: AwsClients) {}

  async firing(instance: DbInstanceSummary, deadline: Deadline): Promise<Alarm[]> {
    const [client, { paginateDescribeAlarms }] = await Promise.all([
      this.clients.cloudWatch(instance.region),
      loadCloudWatch(),
    ]);
    return callAws('DescribeAlarms', async () => {
      const alarms: MetricAlarm[] = [];
      for await (const page of paginateDescribeAlarms({ client, pageSize: 100 }, { StateValue: 'ALARM' })) {
        alarms.push(...(page.MetricAlarms ?? []).filter((alarm) => belongsTo(alarm, instance)));
        if (deadline.expired()) break;
      }
      return alarms.map(toAlarm).sort((a, b) => (b.since?.getTime() ?? 0) - (a.since?.getTime() ?? 0));
    });
  }
}
