import type { OperationContext } from '../../core/OperationContext.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { aggregate } from './aggregate.js';
import { checkPeriod } from './checkPeriod.js';
import { cloudwatchErrors } from './cloudwatchErrors.js';
import { computeStatistic } from './computeStatistic.js';
import { findSeries } from './findSeries.js';
import { isValidStatistic } from './isValidStatistic.js';
import { readDimensions } from './readDimensions.js';

const MAX_DATAPOINTS = 1440;

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw cloudwatchErrors.missingParameter(`The parameter ${name} is required.`);
  return value;
}

export function GetMetricStatistics(ctx: OperationContext, input: WireInput): WireValue {
  const namespace = required(read.str(input, 'Namespace'), 'Namespace');
  const metricName = required(read.str(input, 'MetricName'), 'MetricName');
  const start = required(read.date(input, 'StartTime'), 'StartTime');
  const end = required(read.date(input, 'EndTime'), 'EndTime');
  const period = required(read.int(input, 'Period'), 'Period');
  const statistics = read.strList(input, 'Statistics');
  const extended = read.strList(input, 'ExtendedStatistics');
  const unit = read.str(input, 'Unit');
  checkPeriod(period);
  if (statistics.length === 0 && extended.length === 0) {
    throw cloudwatchErrors.invalidParameterCombination(
      'Must specify either Statistics or ExtendedStatistics.',
    );
  }
  for (const stat of [...statistics, ...extended]) {
    if (!isValidStatistic(stat)) throw cloudwatchErrors.invalidParameterValue(`Unknown statistic ${stat}.`);
  }
  if (start.getTime() >= end.getTime()) {
    throw cloudwatchErrors.invalidParameterValue(
      'The parameter StartTime must be less than the parameter EndTime.',
    );
  }
  const requested = Math.ceil((end.getTime() - start.getTime()) / (period * 1000));
  if (requested > MAX_DATAPOINTS) {
    throw cloudwatchErrors.invalidParameterCombination(
      `You have requested up to ${requested} datapoints, which exceeds the limit of ${MAX_DATAPOINTS}. ` +
        'You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
    );
  }
  const series = findSeries(ctx.regionState, namespace, metricName, readDimensions(input));
  // A unit that does not match the metric's selects nothing, as in CloudWatch.
  if (!series || (unit !== undefined && unit !== series.unit)) return { Label: metricName, Datapoints: [] };
  return {
    Label: metricName,
    Datapoints: aggregate(series, start, end, period, ctx.now).map((bucket) => {
      const point: Record<string, WireValue> = { Timestamp: bucket.at };
      for (const stat of statistics) point[stat] = computeStatistic(stat, bucket.values);
      if (extended.length > 0) {
        point.ExtendedStatistics = new Map(
          extended.map((stat) => [stat, computeStatistic(stat, bucket.values)]),
        );
      }
      point.Unit = series.unit;
      return point;
    }),
  };
}
