import type { OperationContext } from '../../core/OperationContext.js';
import { paginate } from '../../core/paginate.js';
import { read } from '../../core/read.js';
import type { WireInput, WireValue } from '../../core/WireValue.js';
import { aggregate } from './aggregate.js';
import { checkPeriod } from './checkPeriod.js';
import { cloudwatchErrors } from './cloudwatchErrors.js';
import { computeStatistic } from './computeStatistic.js';
import { findSeries } from './findSeries.js';
import { isValidStatistic } from './isValidStatistic.js';
import { readDimensions } from './readDimensions.js';

/** CloudWatch's limits: queries per call, and datapoints per page unless MaxDatapoints asks for fewer. */
const MAX_QUERIES = 500;
const DEFAULT_MAX_DATAPOINTS = 100_800;
const QUERY_ID = /^[a-z][a-zA-Z0-9_]*$/;

interface QueryData {
  readonly id: string;
  readonly label: string;
  readonly points: readonly { readonly at: Date; readonly value: number }[];
}

/** One MetricStat query checked and answered from the same series GetMetricStatistics reads. */
function answerQuery(
  ctx: OperationContext,
  query: WireInput,
  start: Date,
  end: Date,
  ascending: boolean,
): QueryData | undefined {
  const id = read.str(query, 'Id') ?? '';
  if (read.str(query, 'Expression') !== undefined) {
    throw cloudwatchErrors.invalidParameterValue(
      'Metric math expressions are not supported by the emulator.',
    );
  }
  const stat = read.obj(query, 'MetricStat');
  if (!stat) throw cloudwatchErrors.missingParameter(`Query ${id} needs a MetricStat or an Expression.`);
  const metric = read.obj(stat, 'Metric') ?? {};
  const period = read.int(stat, 'Period') ?? read.int(query, 'Period');
  if (period === undefined) throw cloudwatchErrors.missingParameter(`Query ${id} needs a Period.`);
  checkPeriod(period);
  const statistic = read.str(stat, 'Stat') ?? '';
  if (!isValidStatistic(statistic))
    throw cloudwatchErrors.invalidParameterValue(`Unknown statistic ${statistic}.`);
  if (read.bool(query, 'ReturnData') === false) return undefined;
  const metricName = read.str(metric, 'MetricName') ?? '';
  const series = findSeries(
    ctx.regionState,
    read.str(metric, 'Namespace') ?? '',
    metricName,
    readDimensions(metric),
  );
  const unit = read.str(stat, 'Unit');
  // A unit that does not match the metric's selects nothing, as in CloudWatch.
  const buckets =
    series && (unit === undefined || unit === series.unit)
      ? aggregate(series, start, end, period, ctx.now)
      : [];
  if (!ascending) buckets.reverse();
  return {
    id,
    label: read.str(query, 'Label') ?? metricName,
    points: buckets.map((bucket) => ({
      at: bucket.at,
      value: computeStatistic(statistic, bucket.values) ?? 0,
    })),
  };
}

/**
 * MetricStat queries, up to 500 per call (metric math is refused plainly). Datapoints are paged as in
 * CloudWatch: at most MaxDatapoints per page over all queries, in query order; every query has a result on
 * every page, PartialData while more of its datapoints follow on a later page (NextToken), Complete after.
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
  const maxDatapoints = read.int(input, 'MaxDatapoints') ?? DEFAULT_MAX_DATAPOINTS;
  if (!Number.isInteger(maxDatapoints) || maxDatapoints < 1) {
    throw cloudwatchErrors.invalidParameterValue('The parameter MaxDatapoints must be a positive integer.');
  }
  const ascending = read.str(input, 'ScanBy') === 'TimestampAscending';
  const queries = read.objList(input, 'MetricDataQueries');
  if (queries.length === 0)
    throw cloudwatchErrors.missingParameter('The parameter MetricDataQueries is required.');
  if (queries.length > MAX_QUERIES) {
    throw cloudwatchErrors.invalidParameterValue(
      `The collection MetricDataQueries must not have a size greater than ${MAX_QUERIES}.`,
    );
  }
  const ids = new Set<string>();
  for (const query of queries) {
    const id = read.str(query, 'Id') ?? '';
    if (!QUERY_ID.test(id)) {
      throw cloudwatchErrors.invalidParameterValue(
        `The value ${id} for parameter MetricDataQueries.member.Id is invalid.`,
      );
    }
    if (ids.has(id)) throw cloudwatchErrors.invalidParameterValue(`The Id ${id} is used more than once.`);
    ids.add(id);
  }
  const answered = queries
    .map((query) => answerQuery(ctx, query, start, end, ascending))
    .filter((data): data is QueryData => data !== undefined);
  const flat = answered.flatMap((data, index) => data.points.map((point, at) => ({ index, at, point })));
  const page = paginate(flat, read.str(input, 'NextToken'), maxDatapoints, cloudwatchErrors.invalidNextToken);
  const onPage = answered.map(() => [] as (typeof flat)[number][]);
  for (const item of page.items) onPage[item.index]!.push(item);
  const lastOnPage = page.items[page.items.length - 1];
  return {
    MetricDataResults: answered.map((data, index) => {
      const items = onPage[index]!;
      const more =
        page.next !== undefined &&
        lastOnPage !== undefined &&
        (index > lastOnPage.index || (index === lastOnPage.index && lastOnPage.at < data.points.length - 1));
      return {
        Id: data.id,
        Label: data.label,
        Timestamps: items.map((item) => item.point.at),
        Values: items.map((item) => item.point.value),
        StatusCode: more ? 'PartialData' : 'Complete',
        Messages: [],
      };
    }),
    ...(page.next ? { NextToken: page.next } : {}),
    Messages: [],
  };
}
