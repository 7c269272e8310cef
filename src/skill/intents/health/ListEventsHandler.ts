import { isOkStatus, listScreen, SCREEN_ACTIONS } from '../../screens/listScreen.js';
import { missingNote } from '../../speech/missingNote.js';
import { withNote } from '../../speech/withNote.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { targetInstance } from '../slots/targetInstance.js';

/** How many events are read aloud; the rest are on the card. */
const SPOKEN_EVENTS = 3;

/**
 * "Show events for reporting in Oregon": the last 24 hours, newest first. A list the deadline cut short is
 * said to be partial, and an empty one is never "no events" then.
 */
export const ListEventsHandler = intentHandler(INTENTS.ListEvents, async (input, context) => {
  const { strings, services, deadline } = context;
  const { instance, name, regionName } = await targetInstance(input, context);
  const { events, missing } = await services.events.lastDay(instance, deadline);
  const note = missingNote(strings, missing, 'list');
  if (events.length === 0) {
    const speech = withNote(
      note ? strings.events.noneRead(name, regionName) : strings.events.none(name, regionName),
      note,
    );
    return respond(input, { speech, card: { title: strings.cards.events(name) } });
  }
  const now = context.now();
  const items = events.map((e) => {
    const when = strings.events.relative(now - (e.at?.getTime() ?? now));
    const message = e.message.replace(/\.$/, '');
    return e.cluster
      ? strings.events.clusterItem(when, e.cluster, message)
      : strings.events.item(when, message);
  });
  const speech = withNote(
    `${strings.events.summary(name, regionName, events.length)} ${strings.events.latest(
      items.slice(0, SPOKEN_EVENTS),
      Math.max(0, events.length - SPOKEN_EVENTS),
    )}`,
    note,
  );
  const card = [...items, ...(note ? ['', note] : [])].join('\n');
  return respond(input, {
    speech,
    card: { title: strings.cards.events(name), content: card },
    screen: listScreen(
      strings,
      'events',
      events.map((e) => ({
        label: e.message,
        name,
        region: instance.region,
        status: instance.status,
        ok: isOkStatus(instance.status),
        detail: e.at ? `${strings.screen.time(e.at)} ${strings.screen.timeZone}` : '',
        action: SCREEN_ACTIONS.status,
      })),
    ),
  });
});
