import type { Intent, Slot } from 'ask-sdk-model';
import { SCREEN_ACTIONS } from '../../screens/listScreen.js';
import { INTENTS, SLOTS } from '../interactionModel.js';

/** The authority a touched name is resolved by: the static model's, as if Alexa had matched the words. */
const TOUCH_AUTHORITY = 'amzn1.er-authority.echo-sdk.dbvoice-screen.TOUCH';

function resolvedSlot(name: string, value: string): Slot {
  return {
    name,
    value,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority: TOUCH_AUTHORITY,
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { name: value, id: value } }],
        },
      ],
    },
  };
}

// Names come from the fleet's tags: letters, digits, spaces and the punctuation RDS and tags allow.
const NAME = /^[\p{L}\p{N} ._:/=+@-]{1,128}$/u;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

/**
 * The question a touch on a list row stands for, from the row's SendEvent arguments [action, name, Region]:
 * "status" asks the status of the instance in its Region, "application" lists the application's instances.
 * Anything else (a document of another version, a forged event) is undefined: the caller answers that once.
 */
export function touchedIntent(args: readonly unknown[] | undefined): Intent | undefined {
  const [action, name, region] = args ?? [];
  if (typeof name !== 'string' || !NAME.test(name)) return undefined;
  if (action === SCREEN_ACTIONS.status && typeof region === 'string' && REGION.test(region)) {
    return {
      name: INTENTS.CheckInstanceProperty,
      confirmationStatus: 'NONE',
      slots: {
        [SLOTS.property]: resolvedSlot(SLOTS.property, 'status'),
        [SLOTS.instance]: resolvedSlot(SLOTS.instance, name),
        [SLOTS.region]: resolvedSlot(SLOTS.region, region),
      },
    };
  }
  if (action === SCREEN_ACTIONS.application) {
    return {
      name: INTENTS.ListInstancesForApplication,
      confirmationStatus: 'NONE',
      slots: { [SLOTS.application]: resolvedSlot(SLOTS.application, name) },
    };
  }
  return undefined;
}
