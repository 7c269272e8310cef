import type { MetricReading } from '../../domain/metrics/MetricReading.js';
import { METRIC_IDS } from '../../domain/vocabulary.js';
import { roundForSpeech, scaleReading } from '../../speech/scaleReading.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS, SLOTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { knownSlotId } from '../slots/knownSlotId.js';
import { targetInstance } from '../slots/targetInstance.js';
import { metricWhen } from './metricWhen.js';

/** "What's the CPU on reporting in Oregon thirty minutes ago?" */
export const CheckInstanceMetricHandler = intentHandler(
  INTENTS.CheckInstanceMetric,
  async (input, context) => {
    const { strings, services, deadline } = context;
    const metric = knownSlotId(input, SLOTS.metric, METRIC_IDS);
    const when = metricWhen(input);
    const { instance, name, regionName } = await targetInstance(input, context);
    const result = await services.metrics.read(instance, { metric, when }, deadline);
    const words = (reading: MetricReading) => {
      const scaled = scaleReading(reading);
      return strings.metric.value({ ...scaled, value: roundForSpeech(scaled.value) });
    };
    let speech: string;
    if (result.kind === 'none') speech = strings.metric.noData(metric, name, regionName);
    else if (result.kind === 'summary')
      speech = strings.metric.window(
        metric,
        name,
        regionName,
        words(result.average),
        words(result.maximum),
        strings.metric.windows[when.kind === 'window' ? when.window : 'lastHour'] ?? '',
      );
    else if (when.kind === 'ago')
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
    return respond(input, { speech, card: { title: strings.cards.metric(name) } });
  },
);
