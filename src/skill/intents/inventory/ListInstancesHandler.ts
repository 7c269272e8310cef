import { instanceRow, listScreen } from '../../screens/listScreen.js';
import { missingNote } from '../../speech/missingNote.js';
import { withNote } from '../../speech/withNote.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { tagFilter } from '../slots/tagFilter.js';
import { targetRegions } from '../slots/targetRegions.js';
import { fleetSpelling } from './fleetSpelling.js';
import { regionNames } from './regionNames.js';
import { speakByRegion } from './speakByRegion.js';
import { spokenNames } from './spokenNames.js';

/** "List (production) instances in Oregon." The card carries every name even when speech stops at 20. */
export const ListInstancesHandler = intentHandler(INTENTS.ListInstances, async (input, context) => {
  const { strings, services, deadline } = context;
  const { regions } = targetRegions(input, context);
  const filter = tagFilter(input);
  const fleet = await services.fleet.instancesByRegion(regions, deadline, filter);
  const answer = speakByRegion(
    context,
    strings.inventory.describeFilter(fleetSpelling(filter, fleet)),
    regionNames(
      context,
      fleet.answered.map((r) => r.region),
    ),
    fleet.answered.map((r) => spokenNames(r.instances, strings.locale)),
  );
  const note = missingNote(strings, fleet.missing);
  return respond(input, {
    speech: withNote(answer.speech, note),
    card: { title: strings.cards.list, content: note ? `${answer.card}\n\n${note}` : answer.card },
    screen: listScreen(
      strings,
      'instances',
      fleet.answered
        .flatMap((r) => r.instances)
        .sort((a, b) => a.name.localeCompare(b.name) || a.region.localeCompare(b.region))
        .map((i) => instanceRow(strings, i)),
    ),
  });
});
