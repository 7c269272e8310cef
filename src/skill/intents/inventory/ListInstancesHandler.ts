import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { tagFilter } from '../slots/tagFilter.js';
import { targetRegions } from '../slots/targetRegions.js';
import { fleetSpelling } from './fleetSpelling.js';
import { regionNames } from './regionNames.js';
import { speakByRegion } from './speakByRegion.js';

/** "List (production) instances in Oregon." The card carries every name even when speech stops at 20. */
export const ListInstancesHandler = intentHandler(INTENTS.ListInstances, async (input, context) => {
  const { strings, services, deadline } = context;
  const { regions } = targetRegions(input, context);
  const filter = tagFilter(input);
  const byRegion = await services.fleet.instancesByRegion(regions, deadline, filter);
  const answer = speakByRegion(
    context,
    strings.inventory.describeFilter(fleetSpelling(filter, byRegion)),
    regionNames(context, regions),
    byRegion.map((r) => r.instances.map((i) => i.name).sort((a, b) => a.localeCompare(b))),
  );
  return respond(input, { speech: answer.speech, card: { title: strings.cards.list, content: answer.card } });
});
