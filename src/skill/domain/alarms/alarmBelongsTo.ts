import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';

/** An alarm is an instance's when a dimension names it (or its Aurora cluster), or its name starts with it. */
export function alarmBelongsTo(
  alarm: MetricAlarm,
  instance: Pick<DbInstanceSummary, 'identifier' | 'name' | 'clusterIdentifier'>,
): boolean {
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
