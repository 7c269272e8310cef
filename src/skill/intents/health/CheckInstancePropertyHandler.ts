import { PROPERTY_IDS } from '../../domain/vocabulary.js';
import { instanceCardScreen } from '../../screens/cardScreen.js';
import { propertyValue } from '../../speech/propertyValue.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS, SLOTS } from '../interactionModel.js';
import { respond } from '../respond.js';
import { knownSlotId } from '../slots/knownSlotId.js';
import { targetInstance } from '../slots/targetInstance.js';

/** "What is the engine version of reporting in Oregon?" Answered from the cached inventory: no extra call. */
export const CheckInstancePropertyHandler = intentHandler(
  INTENTS.CheckInstanceProperty,
  async (input, context) => {
    const { strings } = context;
    const property = knownSlotId(input, SLOTS.property, PROPERTY_IDS);
    const { instance, name, regionName } = await targetInstance(input, context);
    const value = propertyValue(instance, property, strings, { now: new Date(context.now()), regionName });
    const speech =
      value === undefined
        ? strings.property.unset(property, name, regionName)
        : strings.property.answer(property, name, regionName, value);
    // Speech says a version as people name it; the card keeps RDS's exact string for copying.
    const exact =
      property === 'engineVersion' && value !== undefined && value !== instance.engineVersion
        ? `${speech}\n${instance.engineVersion}`
        : undefined;
    return respond(input, {
      speech,
      card: { title: strings.cards.property(name), ...(exact ? { content: exact } : {}) },
      screen: instanceCardScreen(strings, instance, regionName),
    });
  },
);
