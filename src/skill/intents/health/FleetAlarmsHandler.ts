import { spokenNameOf } from '../../domain/fleet/nameReadings.js';
import type { FleetAlarm } from '../../domain/health/FleetAlarms.js';
import { listScreen, SCREEN_ACTIONS } from '../../screens/listScreen.js';
import { missingNote } from '../../speech/missingNote.js';
import { unreadNote } from '../../speech/unreadNote.js';
import { writtenNameOf } from '../../speech/writtenNameOf.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { regionNames } from '../inventory/regionNames.js';
import { respond } from '../respond.js';
import { heldInstances } from '../screens/heldInstances.js';
import { tagFilter } from '../slots/tagFilter.js';
import { targetRegions } from '../slots/targetRegions.js';

/** Alarms grouped by instance, in the order first met (newest alarm first). */
function byInstance(alarms: readonly FleetAlarm[], label: (a: FleetAlarm) => string) {
  const groups = new Map<string, string[]>();
  for (const alarm of alarms) groups.set(label(alarm), [...(groups.get(label(alarm)) ?? []), alarm.alarm]);
  return [...groups].map(([instance, names]) => ({ instance, alarms: names }));
}

/**
 * "Any alarms firing in Oregon?", "alarms for application billing": alarms in ALARM across the Regions asked,
 * by instance. A Region whose alarms could not be read is named, and the answer is never "no alarms" then.
 */
export const FleetAlarmsHandler = intentHandler(INTENTS.FleetAlarms, async (input, context) => {
  const { strings, services, deadline } = context;
  const words = strings.fleetHealth;
  const { regions } = targetRegions(input, context);
  const filter = tagFilter(input);
  const report = await services.health.firingAlarms(regions, deadline, filter);
  const where = strings.inventory.where(regionNames(context, report.regions));
  const oneRegion = report.regions.length === 1;
  const alarms = [...report.alarms].sort(
    (a, b) => (b.since?.getTime() ?? 0) - (a.since?.getTime() ?? 0) || a.alarm.localeCompare(b.alarm),
  );
  // The inventory the report just read (no AWS call): a Japanese listener hears an instance's reading.
  const held = await heldInstances(context, report.regions);
  const heldOf = (a: FleetAlarm) => held.find((i) => i.region === a.region && i.name === a.instance);
  const spokenName = (a: FleetAlarm) => spokenNameOf(heldOf(a) ?? { name: a.instance }, strings.locale);
  // A card and a screen write the reading with the exact name beside it: 「レポーティング（reporting）」.
  const writtenName = (a: FleetAlarm) => writtenNameOf(heldOf(a) ?? { name: a.instance }, strings.locale);
  const unread = unreadNote(strings, report.unread);
  const partial = missingNote(strings, report.missing);
  const head =
    alarms.length === 0
      ? words.noAlarms(strings.inventory.describeFilter(filter), where, unread === '' && partial === '')
      : words.alarmsFiring(
          alarms.length,
          where,
          byInstance(alarms, (a) =>
            oneRegion ? spokenName(a) : words.instanceIn(spokenName(a), strings.region(a.region)),
          ),
        );
  const speech = [head, unread, partial].filter((part) => part !== '').join(' ');
  const lines = alarms.map(
    (a) => `${a.alarm}: ${words.instanceIn(writtenName(a), strings.region(a.region))}`,
  );
  const card = [...(lines.length > 0 ? lines : [head]), unread, partial].filter((l) => l !== '').join('\n');
  // One row per alarm, newest first, beside the instance it watches; a touch asks for that instance's status.
  const screen =
    alarms.length > 0
      ? listScreen(
          strings,
          'alarms',
          alarms.map((a) => ({
            label: a.alarm,
            name: a.instance,
            region: a.region,
            status: 'ALARM',
            ok: false,
            detail: writtenName(a),
            action: SCREEN_ACTIONS.status,
          })),
        )
      : undefined;
  return respond(input, {
    speech,
    card: { title: words.alarmsCardTitle, content: card },
    ...(screen ? { screen } : {}),
  });
});
