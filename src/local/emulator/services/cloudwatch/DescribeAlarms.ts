import type { OperationContext } from '../../core/OperationContext.js';
import { paginate } from '../../core/paginate.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import type { AlarmRecord } from '../../state/RegionState.js';
import { cloudwatchErrors } from './cloudwatchErrors.js';

const STATES = new Set(['OK', 'ALARM', 'INSUFFICIENT_DATA']);

function toMetricAlarm(alarm: AlarmRecord): WireValue {
  return {
    AlarmName: alarm.name,
    AlarmArn: alarm.arn,
    AlarmDescription: alarm.description,
    AlarmConfigurationUpdatedTimestamp: alarm.updatedAt,
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [...alarm.actions],
    InsufficientDataActions: [],
    StateValue: alarm.state,
    StateReason: alarm.reason,
    StateUpdatedTimestamp: alarm.updatedAt,
    StateTransitionedTimestamp: alarm.updatedAt,
    MetricName: alarm.metricName,
    Namespace: alarm.namespace,
    Statistic: alarm.statistic,
    Dimensions: Object.entries(alarm.dimensions).map(([Name, Value]) => ({ Name, Value })),
    Period: alarm.period,
    EvaluationPeriods: alarm.evaluationPeriods,
    DatapointsToAlarm: alarm.evaluationPeriods,
    Threshold: alarm.threshold,
    ComparisonOperator: alarm.comparison,
    TreatMissingData: 'missing',
  };
}

/** Metric alarms by name, prefix, state or action prefix; 50 per page unless MaxRecords says otherwise. */
export function DescribeAlarms(ctx: OperationContext, input: WireInput): WireValue {
  const names = read.strList(input, 'AlarmNames');
  const prefix = read.str(input, 'AlarmNamePrefix');
  const stateValue = read.str(input, 'StateValue');
  const actionPrefix = read.str(input, 'ActionPrefix');
  const types = read.strList(input, 'AlarmTypes');
  const pageSize = read.int(input, 'MaxRecords') ?? 50;
  if (names.length > 0 && prefix !== undefined) {
    throw cloudwatchErrors.invalidParameterCombination(
      'AlarmNamePrefix and AlarmNames cannot both be specified.',
    );
  }
  if (stateValue !== undefined && !STATES.has(stateValue)) {
    throw cloudwatchErrors.invalidParameterValue(
      `The value ${stateValue} for parameter StateValue is not valid.`,
    );
  }
  if (pageSize < 1 || pageSize > 100) {
    throw cloudwatchErrors.invalidParameterValue('The parameter MaxRecords must be between 1 and 100.');
  }
  const alarms = ctx.regionState.alarms
    .filter(
      (alarm) =>
        (names.length === 0 || names.includes(alarm.name)) &&
        (prefix === undefined || alarm.name.startsWith(prefix)) &&
        (stateValue === undefined || alarm.state === stateValue) &&
        (actionPrefix === undefined || alarm.actions.some((action) => action.startsWith(actionPrefix))),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
  // Without AlarmTypes CloudWatch returns metric alarms only; the emulator has no composite alarms.
  const wantsMetric = types.length === 0 || types.includes('MetricAlarm');
  const page = paginate(
    wantsMetric ? alarms : [],
    read.str(input, 'NextToken'),
    pageSize,
    cloudwatchErrors.invalidNextToken,
  );
  return {
    MetricAlarms: page.items.map(toMetricAlarm),
    CompositeAlarms: [],
    NextToken: page.next,
  };
}
