import { missingNote } from '../../speech/missingNote.js';
import { withNote } from '../../speech/withNote.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { tagFilter } from '../slots/tagFilter.js';
import { targetRegions } from '../slots/targetRegions.js';
import { fleetSpelling } from './fleetSpelling.js';
import { regionNames } from './regionNames.js';

/** "How many (production) instances (in Oregon / in all regions)?" */
export const NumberOfInstancesHandler = intentHandler(INTENTS.NumberOfInstances, async (input, context) => {
  const { strings, services, deadline } = context;
  const { regions } = targetRegions(input, context);
  const filter = tagFilter(input);
  const fleet = await services.fleet.instancesByRegion(regions, deadline, filter);
  const { answered } = fleet;
  const what = strings.inventory.describeFilter(fleetSpelling(filter, fleet));
  const total = answered.reduce((sum, r) => sum + r.instances.length, 0);
  const names = regionNames(
    context,
    answered.map((r) => r.region),
  );
  const count =
    answered.length === 1
      ? strings.inventory.count(total, what, names[0]!)
      : strings.inventory.countAcross(
          total,
          what,
          answered.map((r, i) => ({ region: names[i]!, count: r.instances.length })),
        );
  const speech = withNote(count, missingNote(strings, fleet.missing));
  return respond(input, { speech, card: { title: strings.cards.count } });
});
