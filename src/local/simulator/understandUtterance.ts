import type { Intent } from 'ask-sdk-model';
import type { UtteranceMatcher } from './UtteranceMatcher.js';

/** Alexa has just asked for this slot of this intent. */
export interface Elicitation {
  readonly intent: Intent;
  readonly slotName: string;
}

export interface Understanding {
  readonly intent: Intent;
  /** True when the utterance answered the elicitation: `intent` is the elicited intent with the slot filled. */
  readonly continuesDialog: boolean;
}

/**
 * Reads an utterance, in the context of an elicitation if there is one. A reply that fits the slot ("Oregon",
 * "six four five two eight one") fills it; a full request for the same intent adds its slots to the dialog;
 * "stop", "cancel" and "help" always mean the built-in intent; anything else starts a new intent, as on a device.
 */
export function understandUtterance(
  utterance: string,
  matcher: UtteranceMatcher,
  elicitation?: Elicitation,
): Understanding {
  const full = matcher.match(utterance);
  if (!elicitation) return { intent: full.intent, continuesDialog: false };
  if (matcher.builtInIntentFor(utterance)) return { intent: full.intent, continuesDialog: false };

  const answer = matcher.matchSlotAnswer(utterance, elicitation.intent.name, elicitation.slotName);
  // A bare "{instance}" takes any words, so a more specific full request ("connect to hr") wins over it.
  if (answer && (full.sample === undefined || answer.literalWords >= full.literalWords)) {
    return { intent: withSlots(elicitation.intent, answer.slots), continuesDialog: true };
  }
  if (full.intent.name === elicitation.intent.name) {
    const said = Object.fromEntries(Object.entries(full.intent.slots ?? {}).filter(([, slot]) => slot.value));
    return { intent: withSlots(elicitation.intent, said), continuesDialog: true };
  }
  return { intent: full.intent, continuesDialog: false };
}

function withSlots(intent: Intent, slots: Intent['slots']): Intent {
  const copy = structuredClone(intent);
  copy.slots = { ...copy.slots, ...structuredClone(slots) };
  return copy;
}
