import { propertyValue } from '../../checks/propertyValue.js';
import { respond } from '../../speech/respond.js';
import { intentHandler } from '../intentHandler.js';
import { knownSlotId } from '../knownSlotId.js';
import { INTENTS, PROPERTY_IDS, SLOTS } from '../slots.js';
import { targetInstance } from '../targetInstance.js';

/** "What is the engine version of reporting in Oregon?" Answered from the cached inventory: no extra call. */
export const CheckInstancePropertyHandler = intentHandler(
  INTENTS.CheckInstanceProperty,
  async (input, context) => {
    const { strings } = context;
    const property = knownSlotId(input, SLOTS.property, PROPERTY_IDS);
    const { instance, name, regionName } = await targetInstance(input, context);
    const value = propertyValue(instance, property, strings);
    const speech =
      value === undefined
        ? strings.property.unset(property, name, regionName)
        : strings.property.answer(property, name, regionName, value);
    return respond(input, { speech, card: { title: strings.cards.property(name) } });
  },
);
