import type { MetricResult } from '../domain/metrics/MetricResult.js';
import type { SpeechStrings } from '../speech/SpeechStrings.js';
import { scaleReading } from '../speech/scaleReading.js';
import { chartLine, niceCeiling } from './chartLine.js';
import chartDocument from './documents/chart.json' with { type: 'json' };
import type { Screen } from './Screen.js';

const CHART_TOKEN = 'dbvoice-metric-chart';

interface MetricChartSubject {
  readonly instance: string;
  readonly region: string;
  readonly regionName: string;
  /** What the answer says, shown under the chart. */
  readonly speech: string;
}

/**
 * The line chart of a metric answer: the average of every datapoint CloudWatch returned, oldest first, on
 * an axis scaled to the unit people read (GB, ms) and rounded up to a clean top. None without datapoints.
 */
export function metricChartScreen(
  strings: SpeechStrings,
  result: MetricResult,
  subject: MetricChartSubject,
): Screen | undefined {
  if (result.kind === 'none' || result.datapoints.length === 0) return undefined;
  const { screen } = strings;
  const points = result.datapoints;
  const unit = result.kind === 'summary' ? result.average.unit : result.reading.unit;
  const max = Math.max(...points.map((p) => p.average));
  const scaledMax = scaleReading({ value: max, unit });
  const factor = max > 0 ? scaledMax.value / max : 1;
  const top = niceCeiling(scaledMax.value);
  const first = points[0]!.at;
  const last = points[points.length - 1]!.at;
  const values = points.map((p) => ({ at: p.at.getTime(), value: p.average * factor }));
  return {
    token: CHART_TOKEN,
    document: chartDocument,
    datasources: {
      chart: {
        title: result.cloudWatchMetric,
        subtitle: [
          screen.instanceTitle(subject.instance, subject.region, subject.regionName),
          screen.statistic(result.periodSeconds),
        ].join(' · '),
        statistic: 'Average',
        unit: screen.unit(scaledMax.unit),
        axis: {
          top: screen.axisValue(top, scaledMax.unit),
          middle: screen.axisValue(top / 2, scaledMax.unit),
          bottom: screen.axisValue(0, scaledMax.unit),
        },
        time: {
          start: `${screen.time(first)} ${screen.timeZone}`,
          end: `${screen.time(last)} ${screen.timeZone}`,
        },
        line: chartLine(values, first.getTime(), last.getTime(), top),
        points: values.map(({ at, value }) => ({ at: new Date(at).toISOString(), value })),
        speech: subject.speech,
      },
    },
  };
}
