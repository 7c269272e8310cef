import { listScreen, SCREEN_ACTIONS } from '../../screens/listScreen.js';
import { missingNote } from '../../speech/missingNote.js';
import { withNote } from '../../speech/withNote.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { targetInstance } from '../slots/targetInstance.js';

/**
 * "Any alarms on reporting in Oregon?" Alarms in ALARM state, newest first. A list the deadline cut short
 * is said to be partial, and an empty one is never "no alarms" then.
 */
export const ListAlarmsHandler = intentHandler(INTENTS.ListAlarms, async (input, context) => {
  const { strings, services, deadline } = context;
  const { instance, name, regionName } = await targetInstance(input, context);
  const { alarms, missing } = await services.alarms.firing(instance, deadline);
  const names = alarms.map((a) => a.name).filter((n) => n !== '');
  const partial = missing.length > 0;
  const answer =
    names.length > 0
      ? strings.alarms.firing(name, regionName, names)
      : partial
        ? strings.alarms.noneRead(name, regionName)
        : strings.alarms.none(name, regionName);
  const note = missingNote(strings, missing, 'list');
  const speech = withNote(answer, note);
  const lines = alarms.map((a) => `${a.name}: ${a.reason}`.trim());
  const card = [...lines, ...(partial && lines.length > 0 ? ['', note] : [])].join('\n') || speech;
  return respond(input, {
    speech,
    card: { title: strings.cards.alarms(name), content: card },
    screen: listScreen(
      strings,
      'alarms',
      alarms.map((a) => ({
        label: a.name,
        name,
        region: instance.region,
        status: 'ALARM',
        ok: false,
        detail: a.since ? `${strings.screen.time(a.since)} ${strings.screen.timeZone}` : '',
        action: SCREEN_ACTIONS.status,
      })),
    ),
  });
});
