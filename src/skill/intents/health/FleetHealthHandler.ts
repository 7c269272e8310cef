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

/** Issues spoken before "and N more on the card": enough to act on, short enough to listen to. */
const SPOKEN_ISSUES = 5;

/**
 * "Is anything wrong (in Oregon / with production)?" The most urgent issues first, the rest on the card.
 * "All clear" only when every check of every Region asked was read; otherwise what is missing is said.
 */
export const FleetHealthHandler = intentHandler(INTENTS.FleetHealth, async (input, context) => {
  const { strings, services, deadline } = context;
  const words = strings.fleetHealth;
  const { regions } = targetRegions(input, context);
  const filter = tagFilter(input);
  const report = await services.health.report(regions, deadline, filter);
  const now = context.now();
  const where = strings.inventory.where(regionNames(context, report.regions));
  const what = strings.inventory.describeFilter(filter);
  const oneRegion = report.regions.length === 1;
  // The inventory the report just read (no AWS call): a Japanese listener hears an instance's reading.
  const held = await heldInstances(context, report.regions);
  const named = report.issues.map((issue) => {
    const instance = held.find((i) => i.region === issue.region && i.name === issue.name);
    return instance ? { ...issue, name: spokenNameOf(instance, strings.locale) } : issue;
  });
  const spoken = named.map((issue) => ({
    ...issue,
    regionName: oneRegion ? '' : strings.region(issue.region),
  }));
  const unread = unreadNote(strings, report.unread);
  const partial = missingNote(strings, report.missing);
  const complete = unread === '' && partial === '';
  const head =
    report.issues.length === 0
      ? complete
        ? words.allClear(report.instanceCount, what, where)
        : words.nothingFound(report.instanceCount, what, where)
      : words.intro(report.issues.length, where);
  const items = spoken.slice(0, SPOKEN_ISSUES).map((issue) => words.issue(issue, now));
  const rest = report.issues.length - items.length;
  const speech = [head, ...items, rest > 0 ? words.more(rest) : '', unread, partial]
    .filter((part) => part !== '')
    .join(' ');
  const card = [
    head,
    ...named.map((issue) => `• ${words.issue({ ...issue, regionName: strings.region(issue.region) }, now)}`),
    unread,
    partial,
  ]
    .filter((part) => part !== '')
    .join('\n');
  // A screen lists every issue, ranked, with its engine (from the inventory the report just read).
  const screen =
    supportsApl(input) && report.issues.length > 0
      ? issueListScreen(strings, report.issues, held)
      : undefined;
  return respond(input, {
    speech,
    card: { title: words.cardTitle, content: card },
    ...(screen ? { screen } : {}),
  });
});
