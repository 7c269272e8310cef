import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { AwsClients } from '../../../aws/AwsClients.js';
import type { Deadline } from '../Deadline.js';
import type { DbInstanceSummary } from '../fleet/DbInstanceSummary.js';
import type { MissingRegion } from '../MissingRegion.js';
import type { Alarm, AlarmThreshold } from './Alarm.js';
import { alarmBelongsTo } from './alarmBelongsTo.js';
import { readFiringAlarms } from './readFiringAlarms.js';

/** The fixed line of a single-metric alarm; none for metric math, an anomaly band or an unknown operator. */
function thresholdOf(alarm: MetricAlarm): AlarmThreshold | undefined {
  const operator = alarm.ComparisonOperator ?? '';
  const direction = operator.startsWith('Greater')
    ? 'above'
    : operator.startsWith('Less')
      ? 'below'
      : undefined;
  // Only RDS's own metrics: the chart it is drawn on is of AWS/RDS.
  const rds = alarm.Namespace === undefined || alarm.Namespace === 'AWS/RDS';
  if (!alarm.MetricName || alarm.Threshold === undefined || !direction || alarm.ThresholdMetricId || !rds)
    return undefined;
  return { metric: alarm.MetricName, value: alarm.Threshold, direction };
}

function toAlarm(alarm: MetricAlarm): Alarm {
  const since = alarm.StateUpdatedTimestamp;
  const threshold = thresholdOf(alarm);
  return {
    name: alarm.AlarmName ?? '',
    reason: alarm.StateReason ?? '',
    ...(since ? { since } : {}),
    ...(threshold ? { threshold } : {}),
  };
}

/** The firing alarms read, newest first; `missing` names the Region when the deadline cut the list short. */
export interface FiringAlarms {
  readonly alarms: readonly Alarm[];
  readonly missing: readonly MissingRegion[];
}

/** Alarms in ALARM state for an instance, found by dimension or by name prefix, in one paginated read. */
export class AlarmService {
  constructor(private readonly clients: AwsClients) {}

  async firing(instance: DbInstanceSummary, deadline: Deadline): Promise<FiringAlarms> {
    const { items, cut } = await readFiringAlarms(this.clients, instance.region, deadline);
    // No time left for more pages: answer with what was read, and say it is only part of the list.
    const missing: MissingRegion[] = cut ? [{ region: instance.region, reason: 'timedOut' }] : [];
    return {
      alarms: items
        .filter((alarm) => alarmBelongsTo(alarm, instance))
        .map(toAlarm)
        .sort((a, b) => (b.since?.getTime() ?? 0) - (a.since?.getTime() ?? 0)),
      missing,
    };
  }
}
