import type { HandlerInput } from 'ask-sdk-core';
import { spokenNameOf } from '../../domain/fleet/nameReadings.js';
import type { RankedInstance } from '../../domain/metrics/BusiestReport.js';
import { METRIC_IDS, type MetricId } from '../../domain/vocabulary.js';
import { instanceRow, listScreen } from '../../screens/listScreen.js';
import { missingNote } from '../../speech/missingNote.js';
import { roundForSpeech, scaleReading } from '../../speech/scaleReading.js';
import { writtenNameOf } from '../../speech/writtenNameOf.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS, SLOTS } from '../interactionModel.js';
import { regionNames } from '../inventory/regionNames.js';
import type { RequestContext } from '../RequestContext.js';
import { respond } from '../respond.js';
import { knownSlotId } from '../slots/knownSlotId.js';
import { readSlot } from '../slots/readSlot.js';
import { tagFilter } from '../slots/tagFilter.js';
import { targetRegions } from '../slots/targetRegions.js';

/** "Busiest" with no metric said is the CPU; a ranking longer than this is for the card, not the ear. */
const DEFAULT_METRIC: MetricId = 'CPUUtilization';
const MAX_SPOKEN = 10;

function metricAsked(input: HandlerInput): MetricId {
  const reading = readSlot(input, SLOTS.metric);
  return reading.id || reading.spoken ? knownSlotId(input, SLOTS.metric, METRIC_IDS) : DEFAULT_METRIC;
}

/** "top three": 1 when not said; a number that is not a positive count is taken as 1 too. */
function topAsked(input: HandlerInput): number {
  const n = Number(readSlot(input, SLOTS.top).spoken);
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_SPOKEN) : 1;
}

/** A share of the allocation: whole percent, one decimal below 10 (0.4 percent free is not "0"). */
function roundPercent(percent: number): number {
  return percent >= 10 ? Math.round(percent) : Number(percent.toFixed(1));
}

/**
 * The average in words. Connections are counts: spoken whole ("35", not "35.6"), while the card keeps the
 * average as read (`forCard`). Free storage with a known allocation says the share free too.
 */
function valueWords(context: RequestContext, ranked: RankedInstance, forCard: boolean): string {
  const { metric, fleetHealth } = context.strings;
  const scaled = scaleReading(ranked.reading);
  const value = scaled.unit === 'count' && !forCard ? Math.round(scaled.value) : roundForSpeech(scaled.value);
  const amount = metric.value({ ...scaled, value });
  if (ranked.percentFree === undefined) return amount;
  const percent = metric.value({ value: roundPercent(ranked.percentFree), unit: 'percent' });
  return fleetHealth.freeOfAllocated(amount, percent);
}

/**
 * "What's the busiest instance in Oregon?", "top three instances by connections in production": a metric
 * averaged over the last 15 minutes, ranked across the Regions asked; partial when a Region's inventory or
 * metrics could not be read. The card ranks every instance with data.
 */
export const BusiestInstancesHandler = intentHandler(INTENTS.BusiestInstances, async (input, context) => {
  const { strings, services, deadline } = context;
  const words = strings.fleetHealth;
  const { regions } = targetRegions(input, context);
  const filter = tagFilter(input);
  const metric = metricAsked(input);
  const report = await services.busiest.busiest(regions, metric, deadline, filter);
  const where = strings.inventory.where(regionNames(context, report.regions));
  const what = strings.inventory.describeFilter(filter);
  const metricName = strings.metric.name(metric);
  const oneRegion = report.regions.length === 1;
  const named = (ranked: RankedInstance, withRegion: boolean, forCard = false) =>
    words.busiestItem(
      withRegion
        ? words.instanceIn(
            spokenNameOf(ranked.instance, strings.locale),
            strings.region(ranked.instance.region),
          )
        : spokenNameOf(ranked.instance, strings.locale),
      valueWords(context, ranked, forCard),
    );
  const spokenRanks = report.ranked.slice(0, topAsked(input));
  const head = (forCard: boolean) =>
    report.ranked.length === 0
      ? words.busiestNoData(metricName, report.windowMinutes, what, where)
      : words.busiest({
          metric: metricName,
          concern: report.concern,
          minutes: report.windowMinutes,
          what,
          where,
          items: spokenRanks.map((ranked) => named(ranked, !oneRegion, forCard)),
        });
  const withoutData =
    report.ranked.length > 0 && report.noData > 0 ? words.busiestWithoutData(report.noData) : '';
  const unread =
    report.unread.length > 0 ? words.metricsUnread(report.unread.map((u) => strings.region(u.region))) : '';
  const partial = missingNote(strings, report.missing);
  // Free storage: Aurora (no allocation) is ranked by gigabytes, after the others; said when one is named.
  const byGigabytes = (ranks: readonly RankedInstance[]) =>
    metric === 'FreeStorageSpace' ? ranks.filter((ranked) => ranked.percentFree === undefined).length : 0;
  const allocationNote = (ranks: readonly RankedInstance[]) =>
    byGigabytes(ranks) > 0
      ? words.busiestWithoutAllocation(
          byGigabytes(report.ranked),
          byGigabytes(report.ranked) < report.ranked.length,
        )
      : '';
  const speech = [head(false), allocationNote(spokenRanks), withoutData, unread, partial]
    .filter((part) => part !== '')
    .join(' ');
  const card = [
    head(true),
    ...report.ranked.map((ranked, i) => `${i + 1}. ${named(ranked, true, true)}`),
    allocationNote(report.ranked),
    withoutData,
    unread,
    partial,
  ]
    .filter((part) => part !== '')
    .join('\n');
  // The whole ranking as rows, busiest first: the value, Region and engine; a touch asks for the status.
  const screen =
    report.ranked.length > 0
      ? listScreen(
          strings,
          'instances',
          report.ranked.map((ranked, i) => {
            const scaled = scaleReading(ranked.reading);
            return {
              ...instanceRow(strings, ranked.instance),
              label: `${i + 1}. ${writtenNameOf(ranked.instance, strings.locale)}`,
              status: strings.screen.axisValue(roundForSpeech(scaled.value), scaled.unit),
              ok: true,
            };
          }),
          strings.screen.busiestTitle(metric, report.windowMinutes),
        )
      : undefined;
  return respond(input, {
    speech,
    card: { title: words.busiestCardTitle, content: card },
    ...(screen ? { screen } : {}),
  });
});
