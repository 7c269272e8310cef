import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { targetInstance } from '../slots/targetInstance.js';

/** How many events are read aloud; the rest are on the card. */
const SPOKEN_EVENTS = 3;

/** "Show events for reporting in Oregon": the last 24 hours, newest first. */
export const ListEventsHandler = intentHandler(INTENTS.ListEvents, async (input, context) => {
  const { strings, services, deadline } = context;
  const { instance, name, regionName } = await targetInstance(input, context);
  const events = await services.events.lastDay(instance, deadline);
  if (events.length === 0)
    return respond(input, {
      speech: strings.events.none(name, regionName),
      card: { title: strings.cards.events(name) },
    });
  const now = context.now();
  const items = events.map((e) =>
    strings.events.item(
      strings.events.relative(now - (e.at?.getTime() ?? now)),
      e.message.replace(/\.$/, ''),
    ),
  );
  const speech = `${strings.events.summary(name, regionName, events.length)} ${strings.events.latest(
    items.slice(0, SPOKEN_EVENTS),
    Math.max(0, events.length - SPOKEN_EVENTS),
  )}`;
  return respond(input, { speech, card: { title: strings.cards.events(name), content: items.join('\n') } });
});
