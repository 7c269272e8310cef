import { spokenNameOf } from '../../domain/fleet/nameReadings.js';
import { INSTANCE_STATES, inInstanceState } from '../../domain/health/InstanceState.js';
import { instanceRow, listScreen } from '../../screens/listScreen.js';
import { missingNote } from '../../speech/missingNote.js';
import { withNote } from '../../speech/withNote.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS, SLOTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { knownSlotId } from '../slots/knownSlotId.js';
import { tagFilter } from '../slots/tagFilter.js';
import { targetRegions } from '../slots/targetRegions.js';
import { fleetSpelling } from './fleetSpelling.js';
import { regionNames } from './regionNames.js';

/**
 * "Which instances are stopped?", "what's rebooting in Ireland", "what's not available": the inventory (one
 * DescribeDBInstances per page per Region) filtered by status; "not available" names each one's status.
 */
export const ListInstancesByStateHandler = intentHandler(
  INTENTS.ListInstancesByState,
  async (input, context) => {
    const { strings, services, deadline } = context;
    const words = strings.fleetHealth;
    const state = knownSlotId(input, SLOTS.state, INSTANCE_STATES);
    const { regions } = targetRegions(input, context);
    const filter = tagFilter(input);
    const fleet = await services.fleet.instancesByRegion(regions, deadline, filter);
    const oneRegion = fleet.answered.length === 1;
    const found = fleet.answered
      .flatMap((r) => r.instances)
      .filter((instance) => inInstanceState(instance, state))
      .sort((a, b) => a.region.localeCompare(b.region) || a.name.localeCompare(b.name));
    const items = found.map((instance) => {
      const spoken = spokenNameOf(instance, strings.locale);
      const name = oneRegion ? spoken : words.instanceIn(spoken, strings.region(instance.region));
      return state === 'notAvailable' ? words.withStatus(name, instance.status) : name;
    });
    const where = strings.inventory.where(
      regionNames(
        context,
        fleet.answered.map((r) => r.region),
      ),
    );
    const what = strings.inventory.describeFilter(fleetSpelling(filter, fleet));
    const answer = words.inState(state, what, where, items);
    const note = missingNote(strings, fleet.missing);
    const speech = withNote(answer, note);
    return respond(input, {
      speech,
      card: {
        title: words.stateCardTitle,
        content: [...(items.length > 0 ? items : [answer]), note].filter(Boolean).join('\n'),
      },
      ...(found.length > 0
        ? {
            screen: listScreen(
              strings,
              'instances',
              found.map((instance) => instanceRow(strings, instance)),
            ),
          }
        : {}),
    });
  },
);
