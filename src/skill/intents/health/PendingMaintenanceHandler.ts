import { spokenNameOf } from '../../domain/fleet/nameReadings.js';
import { issueListScreen } from '../../screens/issueListScreen.js';
import { missingNote } from '../../speech/missingNote.js';
import { unreadNote } from '../../speech/unreadNote.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { regionNames } from '../inventory/regionNames.js';
import { respond, supportsApl } from '../respond.js';
import { heldInstances } from '../screens/heldInstances.js';
import { tagFilter } from '../slots/tagFilter.js';
import { targetRegions } from '../slots/targetRegions.js';

/** Actions spoken before "and N more on the card". */
const SPOKEN_ACTIONS = 5;

/**
 * "Any pending maintenance (in Oregon / for production)?": every pending action, required or optional, the
 * soonest first, each with its instance, kind and date; the rest on the card. "None" only when every Region's
 * list was read.
 */
export const PendingMaintenanceHandler = intentHandler(INTENTS.PendingMaintenance, async (input, context) => {
  const { strings, services, deadline } = context;
  const words = strings.fleetHealth;
  const { regions } = targetRegions(input, context);
  const filter = tagFilter(input);
  const report = await services.health.pendingMaintenanceReport(regions, deadline, filter);
  const now = context.now();
  const where = strings.inventory.where(regionNames(context, report.regions));
  const what = strings.inventory.describeFilter(filter);
  const oneRegion = report.regions.length === 1;
  // The inventory the report just read (no AWS call): a Japanese listener hears an instance's reading.
  const held = await heldInstances(context, report.regions);
  const spokenName = (issue: (typeof report.issues)[number]) => {
    const instance = held.find((i) => i.region === issue.region && i.name === issue.name);
    return instance ? spokenNameOf(instance, strings.locale) : issue.name;
  };
  const unread = unreadNote(strings, report.unread);
  const partial = missingNote(strings, report.missing);
  const head =
    report.issues.length === 0
      ? words.noMaintenance(what, where, unread === '' && partial === '')
      : words.maintenanceIntro(report.issues.length, where);
  const items = report.issues
    .slice(0, SPOKEN_ACTIONS)
    .map((issue) =>
      words.issue(
        { ...issue, name: spokenName(issue), regionName: oneRegion ? '' : strings.region(issue.region) },
        now,
      ),
    );
  const rest = report.issues.length - items.length;
  const speech = [head, ...items, rest > 0 ? words.more(rest) : '', unread, partial]
    .filter((part) => part !== '')
    .join(' ');
  const card = [
    head,
    ...report.issues.map(
      (issue) => `• ${words.issue({ ...issue, regionName: strings.region(issue.region) }, now)}`,
    ),
    unread,
    partial,
  ]
    .filter((part) => part !== '')
    .join('\n');
  const screen =
    supportsApl(input) && report.issues.length > 0
      ? issueListScreen(strings, report.issues, held)
      : undefined;
  return respond(input, {
    speech,
    card: { title: words.maintenanceCardTitle, content: card },
    ...(screen ? { screen } : {}),
  });
});
