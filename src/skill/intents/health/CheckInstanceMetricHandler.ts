import type { MetricReading } from '../../domain/metrics/MetricReading.js';
import { metricConcern } from '../../domain/metrics/metricConcern.js';
import { METRIC_IDS } from '../../domain/vocabulary.js';
import { metricChartScreen } from '../../screens/metricChartScreen.js';
import { roundForSpeech, scaleReading } from '../../speech/scaleReading.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS, SLOTS } from '../interactionModel.js';
import { respond, supportsApl } from '../respond.js';
import { knownSlotId } from '../slots/knownSlotId.js';
import { targetInstance } from '../slots/targetInstance.js';
import { firingThresholds } from './firingThresholds.js';
import { metricWhen } from './metricWhen.js';

/** "What's the CPU on reporting in Oregon thirty minutes ago?" */
export const CheckInstanceMetricHandler = intentHandler(
  INTENTS.CheckInstanceMetric,
  async (input, context) => {
    const { strings, services, deadline } = context;
    const metric = knownSlotId(input, SLOTS.metric, METRIC_IDS);
    const when = metricWhen(input);
    const { instance, name, regionName } = await targetInstance(input, context);
    const screen = supportsApl(input);
    // A chart draws the line of a firing alarm on its metric: one DescribeAlarms beside the metric read.
    const firing = screen ? firingThresholds(context, instance) : Promise.resolve([]);
    // A screen shows "now" with the hour before it, from the same one call.
    const [result, thresholds] = await Promise.all([
      services.metrics.read(instance, { metric, when, ...(screen ? { withLastHour: true } : {}) }, deadline),
      firing,
    ]);
    const words = (reading: MetricReading) => {
      const scaled = scaleReading(reading);
      return strings.metric.value({ ...scaled, value: roundForSpeech(scaled.value) });
    };
    let speech: string;
    if (result.kind === 'none') speech = strings.metric.noData(metric, name, regionName);
    else if (result.kind === 'summary') {
      const window = strings.metric.windows[when.kind === 'window' ? when.window : 'lastHour'] ?? '';
      speech =
        metricConcern(metric) === 'low'
          ? strings.metric.windowLow(
              metric,
              name,
              regionName,
              words(result.average),
              words(result.minimum),
              window,
            )
          : strings.metric.window(
              metric,
              name,
              regionName,
              words(result.average),
              words(result.maximum),
              window,
            );
    } else if (when.kind === 'ago')
      speech = strings.metric.past(
        metric,
        name,
        regionName,
        words(result.reading),
        strings.metric.duration(when.ms),
      );
    else speech = strings.metric.current(metric, name, regionName, words(result.reading));
    if (result.cloudWatchMetric === 'FreeLocalStorage' && result.kind !== 'none')
      speech += ` ${strings.metric.auroraStorageNote}`;
    const chart = screen
      ? metricChartScreen(
          strings,
          result,
          { instance: name, region: instance.region, regionName, speech },
          thresholds,
        )
      : undefined;
    return respond(input, {
      speech,
      card: { title: strings.cards.metric(name) },
      ...(chart ? { screen: chart } : {}),
    });
  },
);
