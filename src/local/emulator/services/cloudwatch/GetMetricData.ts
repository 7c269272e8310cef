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

/**
 * MetricStat queries (metric math is not emulated and is refused plainly). One page: every result is
 * Complete, newest first unless ScanBy says TimestampAscending.
 */
export function GetMetricData(ctx: OperationContext, input: WireInput): WireValue {
  const start = read.date(input, 'StartTime');
  const end = read.date(input, 'EndTime');
  if (!start || !end) throw cloudwatchErrors.missingParameter('StartTime and EndTime are required.');
  if (start.getTime() >= end.getTime()) {
    throw cloudwatchErrors.invalidParameterValue(
      'The parameter StartTime must be less than the parameter EndTime.',
    );
  }
  const ascending = read.str(input, 'ScanBy') === 'TimestampAscending';
  const queries = read.objList(input, 'MetricDataQueries');
  if (queries.length === 0)
    throw cloudwatchErrors.missingParameter('The parameter MetricDataQueries is required.');
  const ids = new Set<string>();
  const results: WireValue[] = [];
  for (const query of queries) {
    const id = read.str(query, 'Id') ?? '';
    if (!/^[a-z][a-zA-Z0-9_]*$/.test(id)) {
      throw cloudwatchErrors.invalidParameterValue(
        `The value ${id} for parameter MetricDataQueries.member.Id is invalid.`,
      );
    }
    if (ids.has(id)) throw cloudwatchErrors.invalidParameterValue(`The Id ${id} is used more than once.`);
    ids.add(id);
    if (read.str(query, 'Expression') !== undefined) {
      throw cloudwatchErrors.invalidParameterValue(
        'Metric math expressions are not supported by the emulator.',
      );
    }
    const stat = read.obj(query, 'MetricStat');
    if (!stat) throw cloudwatchErrors.missingParameter(`Query ${id} needs a MetricStat or an Expression.`);
    const metric = read.obj(stat, 'Metric') ?? {};
    const period = read.int(stat, 'Period') ?? read.int(query, 'Period') ?? 60;
    const statistic = read.str(stat, 'Stat') ?? '';
    checkPeriod(period);
    if (!isValidStatistic(statistic))
      throw cloudwatchErrors.invalidParameterValue(`Unknown statistic ${statistic}.`);
    if (read.bool(query, 'ReturnData') === false) continue;
    const metricName = read.str(metric, 'MetricName') ?? '';
    const series = findSeries(
      ctx.regionState,
      read.str(metric, 'Namespace') ?? '',
      metricName,
      readDimensions(metric),
    );
    const unit = read.str(stat, 'Unit');
    const buckets =
      series && (unit === undefined || unit === series.unit)
        ? aggregate(series, start, end, period, ctx.now)
        : [];
    if (!ascending) buckets.reverse();
    results.push({
      Id: id,
      Label: read.str(query, 'Label') ?? metricName,
      Timestamps: buckets.map((bucket) => bucket.at),
      Values: buckets.map((bucket) => computeStatistic(statistic, bucket.values) ?? 0),
      StatusCode: 'Complete',
      Messages: [],
    });
  }
  return { MetricDataResults: results, Messages: [] };
}
