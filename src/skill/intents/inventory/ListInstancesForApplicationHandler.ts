import { ApplicationNotFound } from '../../domain/fleet/errors.js';
import { spokenNameOf } from '../../domain/fleet/nameReadings.js';
import { instanceRow, listScreen } from '../../screens/listScreen.js';
import { missingNote } from '../../speech/missingNote.js';
import { withNote } from '../../speech/withNote.js';
import { writtenNameOf } from '../../speech/writtenNameOf.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS, SLOTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { SlotMissing } from '../slots/errors.js';
import { firstFound } from '../slots/firstFound.js';
import { readSlot, slotCandidates } from '../slots/readSlot.js';
import { tagFilter } from '../slots/tagFilter.js';
import { targetRegions } from '../slots/targetRegions.js';
import { regionNames } from './regionNames.js';
import { speakByRegion } from './speakByRegion.js';
import { spokenNames } from './spokenNames.js';

/** "List instances of application blog in Oregon." */
export const ListInstancesForApplicationHandler = intentHandler(
  INTENTS.ListInstancesForApplication,
  async (input, context) => {
    const { strings, services, deadline } = context;
    const candidates = slotCandidates(readSlot(input, SLOTS.application));
    if (candidates.length === 0) throw new SlotMissing(SLOTS.application);
    const { regions } = targetRegions(input, context);
    let application = candidates[0]!;
    const fleet = await firstFound(
      candidates,
      (name) => {
        application = name;
        return services.fleet.instancesOfApplication(name, regions, deadline, tagFilter(input).environment);
      },
      (error) => error instanceof ApplicationNotFound,
    );
    const { answered } = fleet;
    const names = regionNames(
      context,
      answered.map((r) => r.region),
    );
    const found = answered.map((r) => spokenNames(r.instances, strings.locale));
    // The application's own spelling from its tag, not the transcription.
    const first = answered.flatMap((r) => r.instances)[0];
    const tagged = first?.application ?? application;
    // A Japanese listener hears the application-ja reading (ブログ); the card writes the tag beside it.
    const said = spokenNameOf({ name: tagged, readings: first?.applicationReadings }, strings.locale);
    const answer =
      answered.length === 1
        ? {
            speech: strings.inventory.applicationInstances(said, names[0]!, found[0]!),
            card: found[0]!.join('\n'),
          }
        : speakByRegion(context, strings.inventory.describeFilter({ application: said }), names, found);
    const note = missingNote(strings, fleet.missing);
    return respond(input, {
      speech: withNote(answer.speech, note),
      card: {
        title: strings.cards.applicationInstances(
          writtenNameOf({ name: tagged, readings: first?.applicationReadings }, strings.locale),
        ),
        content: note ? `${answer.card}\n\n${note}` : answer.card,
      },
      // The application's instances as rows (what a touch on an application row leads to).
      screen: listScreen(
        strings,
        'instances',
        answered
          .flatMap((r) => r.instances)
          .sort((a, b) => a.name.localeCompare(b.name) || a.region.localeCompare(b.region))
          .map((i) => instanceRow(strings, i)),
      ),
    });
  },
);
