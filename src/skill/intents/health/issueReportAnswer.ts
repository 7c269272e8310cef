import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Deadline } from '../../domain/Deadline.js';
import type { FleetFilter } from '../../domain/fleet/FleetService.js';
import { spokenNameOf } from '../../domain/fleet/nameReadings.js';
import type { FleetHealthReport } from '../../domain/health/FleetHealthReport.js';
import { issueListScreen } from '../../screens/issueListScreen.js';
import { missingNote } from '../../speech/missingNote.js';
import type { Noun } from '../../speech/SpeechStrings.js';
import { unreadNote } from '../../speech/unreadNote.js';
import { regionNames } from '../inventory/regionNames.js';
import type { RequestContext } from '../RequestContext.js';
import { respond, supportsApl } from '../respond.js';
import { heldInstances } from '../screens/heldInstances.js';
import { tagFilter } from '../slots/tagFilter.js';
import { targetRegions } from '../slots/targetRegions.js';

/** Issues spoken before "and N more on the card": enough to act on, short enough to listen to. */
const SPOKEN_ISSUES = 5;

/** What one health question over a FleetHealthReport reads and says of its own. */
export interface IssueReportQuestion {
  readonly read: (
    regions: readonly string[],
    deadline: Deadline,
    filter: FleetFilter,
  ) => Promise<FleetHealthReport>;
  /**
   * The first sentence: how many issues, or, with none, what that means. `complete`: every list of every
   * Region was read, so "none" may be said plainly.
   */
  readonly head: (
    report: FleetHealthReport,
    said: { readonly what: Noun; readonly where: string; readonly complete: boolean },
  ) => string;
  readonly cardTitle: string;
  /** The card names an instance as heard (its reading, for a Japanese listener) rather than as written. */
  readonly cardNamesAsHeard: boolean;
}

/**
 * A ranked list of issues over the Regions and tags asked (fleet health, pending maintenance): the first few
 * spoken, all on the card and the screen, then what could not be read. An instance is spoken by its reading,
 * from the inventory the report just read (no AWS call).
 */
export async function issueReportAnswer(
  input: HandlerInput,
  context: RequestContext,
  question: IssueReportQuestion,
): Promise<Response> {
  const { strings, deadline } = context;
  const words = strings.fleetHealth;
  const { regions } = targetRegions(input, context);
  const filter = tagFilter(input);
  const report = await question.read(regions, deadline, filter);
  const now = context.now();
  const where = strings.inventory.where(regionNames(context, report.regions));
  const what = strings.inventory.describeFilter(filter);
  const oneRegion = report.regions.length === 1;
  const held = await heldInstances(context, report.regions);
  const named = report.issues.map((issue) => {
    const instance = held.find((i) => i.region === issue.region && i.name === issue.name);
    return instance ? { ...issue, name: spokenNameOf(instance, strings.locale) } : issue;
  });
  const unread = unreadNote(strings, report.unread);
  const partial = missingNote(strings, report.missing);
  const head = question.head(report, { what, where, complete: unread === '' && partial === '' });
  const items = named
    .slice(0, SPOKEN_ISSUES)
    .map((issue) =>
      words.issue({ ...issue, regionName: oneRegion ? '' : strings.region(issue.region) }, now),
    );
  const rest = report.issues.length - items.length;
  const speech = [head, ...items, rest > 0 ? words.more(rest) : '', unread, partial]
    .filter((part) => part !== '')
    .join(' ');
  const card = [
    head,
    ...(question.cardNamesAsHeard ? named : report.issues).map(
      (issue) => `• ${words.issue({ ...issue, regionName: strings.region(issue.region) }, now)}`,
    ),
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
    card: { title: question.cardTitle, content: card },
    ...(screen ? { screen } : {}),
  });
}
