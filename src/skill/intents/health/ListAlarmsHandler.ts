import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { targetInstance } from '../slots/targetInstance.js';

/** "Any alarms on reporting in Oregon?" Alarms in ALARM state, newest first. */
export const ListAlarmsHandler = intentHandler(INTENTS.ListAlarms, async (input, context) => {
  const { strings, services, deadline } = context;
  const { instance, name, regionName } = await targetInstance(input, context);
  const alarms = await services.alarms.firing(instance, deadline);
  const names = alarms.map((a) => a.name).filter((n) => n !== '');
  const speech =
    names.length === 0
      ? strings.alarms.none(name, regionName)
      : strings.alarms.firing(name, regionName, names);
  const card = alarms.map((a) => `${a.name}: ${a.reason}`.trim()).join('\n') || speech;
  return respond(input, { speech, card: { title: strings.cards.alarms(name), content: card } });
});
