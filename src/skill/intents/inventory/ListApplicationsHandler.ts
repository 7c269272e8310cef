import { spokenNameOf } from '../../domain/fleet/nameReadings.js';
import { isOkStatus, listScreen, SCREEN_ACTIONS } from '../../screens/listScreen.js';
import { missingNote } from '../../speech/missingNote.js';
import { writtenNameOf } from '../../speech/writtenNameOf.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { targetRegions } from '../slots/targetRegions.js';
import { regionNames } from './regionNames.js';

/** "List applications (in Oregon)": the distinct application tags, and how many instances carry none. */
export const ListApplicationsHandler = intentHandler(INTENTS.ListApplications, async (input, context) => {
  const { strings, services, deadline } = context;
  const { regions } = targetRegions(input, context);
  const fleet = await services.fleet.instancesByRegion(regions, deadline);
  const instances = fleet.answered.flatMap((r) => r.instances);
  const applications = new Map<string, string>();
  for (const { application } of instances) {
    if (application) applications.set(application.toLowerCase(), application);
  }
  const names = [...applications.values()].sort((a, b) => a.localeCompare(b));
  // Said by their reading to a listener whose language one of their instances' tags gives (application-ja).
  const readingsOf = (application: string) =>
    instances.find((i) => i.application === application && i.applicationReadings)?.applicationReadings;
  const spoken = names.map((application) =>
    spokenNameOf({ name: application, readings: readingsOf(application) }, strings.locale),
  );
  const untagged = instances.filter((i) => !i.application).length;
  const note = missingNote(strings, fleet.missing);
  const speech = [
    strings.inventory.applications(
      strings.inventory.where(
        regionNames(
          context,
          fleet.answered.map((r) => r.region),
        ),
      ),
      spoken,
      untagged,
    ),
    note,
  ]
    .filter((part) => part !== '')
    .join(' ');
  return respond(input, {
    speech,
    card: {
      title: strings.cards.applications,
      content:
        names.map((name) => writtenNameOf({ name, readings: readingsOf(name) }, strings.locale)).join('\n') ||
        speech,
    },
    screen: listScreen(
      strings,
      'applications',
      names.map((application) => {
        const members = instances.filter((i) => i.application?.toLowerCase() === application.toLowerCase());
        return {
          label: writtenNameOf({ name: application, readings: readingsOf(application) }, strings.locale),
          name: application,
          region: '',
          status: strings.screen.listTitle('instances', members.length),
          ok: members.every((i) => isOkStatus(i.status)),
          detail: [...new Set(members.map((i) => strings.engineName(i.engine)))].join(', '),
          action: SCREEN_ACTIONS.application,
        };
      }),
    ),
  });
});
