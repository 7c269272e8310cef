import { NOTIFICATION_STATE_IDS } from '../../domain/vocabulary.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS, SLOTS } from '../interactionModel.js';
import { elicitSlot, respond } from '../respond.js';
import { SlotMissing, SlotValueUnknown } from '../slots/errors.js';
import { knownSlotId } from '../slots/knownSlotId.js';

/**
 * "Turn notifications on / off", "are notifications on?" Per Alexa user, persisted in the state table (never
 * in the Lambda's environment). An unclear choice is asked again rather than guessed.
 */
export const SetNotificationsHandler = intentHandler(
  INTENTS.SetNotifications,
  async (input, context, intent) => {
    const { services, strings } = context;
    const words = strings.tasks.notifications;
    let choice: (typeof NOTIFICATION_STATE_IDS)[number] | undefined;
    try {
      choice = knownSlotId(input, SLOTS.notificationState, NOTIFICATION_STATE_IDS);
    } catch (error) {
      if (!(error instanceof SlotValueUnknown) && !(error instanceof SlotMissing)) throw error;
    }
    if (!choice) {
      const slots = {
        ...intent.slots,
        [SLOTS.notificationState]: { name: SLOTS.notificationState, confirmationStatus: 'NONE' as const },
      };
      return elicitSlot(input, words.ask, SLOTS.notificationState, { ...intent, slots });
    }

    const state = await services.userState.load(input);
    const card = { title: strings.tasks.cards.notifications };
    if (choice === 'status') {
      return respond(input, { speech: state.notifications ? words.statusOn : words.statusOff, card });
    }
    const on = choice === 'on';
    if (state.notifications !== on) await services.userState.save(input, { ...state, notifications: on });
    const speech = !on ? words.off : services.notifier.configured ? words.on : words.onWithoutTopic;
    return respond(input, { speech, card });
  },
);
