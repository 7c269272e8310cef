import type { AlarmThreshold } from '../domain/alarms/Alarm.js';
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

/** An alarm in ALARM on the charted metric: its line is drawn across the chart and named above it. */
export interface FiringThreshold {
  readonly alarm: string;
  readonly threshold: AlarmThreshold;
}

/**
 * The line chart of a metric answer: the average of every datapoint CloudWatch returned, oldest first, on
 * an axis scaled to the unit people read (GB, ms) and rounded up to a clean top. The thresholds of firing
 * alarms on the same metric are drawn as dashed lines, and the axis reaches them so they are on the chart.
 * None without datapoints.
 */
export function metricChartScreen(
  strings: SpeechStrings,
  result: MetricResult,
  subject: MetricChartSubject,
  firing: readonly FiringThreshold[] = [],
): Screen | undefined {
  if (result.kind === 'none' || result.datapoints.length === 0) return undefined;
  const { screen } = strings;
  const points = result.datapoints;
  const unit = result.kind === 'summary' ? result.average.unit : result.reading.unit;
  const lines = firing.filter((f) => f.threshold.metric === result.cloudWatchMetric);
  const max = Math.max(...points.map((p) => p.average), ...lines.map((l) => l.threshold.value));
  const scaledMax = scaleReading({ value: max, unit });
  const factor = max > 0 ? scaledMax.value / max : 1;
  const top = niceCeiling(scaledMax.value);
  const first = points[0]!.at;
  const last = points[points.length - 1]!.at;
  const values = points.map((p) => ({ at: p.at.getTime(), value: p.average * factor }));
  const thresholds = lines.map((l) => ({ ...l, value: l.threshold.value * factor }));
  return {
    token: CHART_TOKEN,
    document: chartDocument,
    datasources: {
      chart: {
        title: screen.metricTitle(result.cloudWatchMetric),
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
        // One horizontal line per alarm, across the whole window ("M0,y L1000,y"); '' draws nothing.
        threshold: {
          line: thresholds
            .map((t) =>
              chartLine(
                [
                  { at: 0, value: t.value },
                  { at: 1, value: t.value },
                ],
                0,
                1,
                top,
              ),
            )
            .join(' '),
          label: thresholds
            .map((t) =>
              screen.threshold(t.alarm, t.threshold.direction, screen.axisValue(t.value, scaledMax.unit)),
            )
            .join(' · '),
          values: thresholds.map((t) => ({ alarm: t.alarm, value: t.value })),
        },
        speech: subject.speech,
      },
    },
  };
}
