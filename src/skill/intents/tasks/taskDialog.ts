import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import { toSsml } from '../../speech/toSsml.js';
import { SLOTS } from '../interactionModel.js';

/** The intent with its confirmation reset and, when asked, its MFA code cleared. */
function resetIntent(intent: Intent, clearCode: boolean): Intent {
  const slots = { ...intent.slots };
  if (clearCode || !slots[SLOTS.mfaCode]) {
    slots[SLOTS.mfaCode] = { name: SLOTS.mfaCode, confirmationStatus: 'NONE' };
  }
  return { ...intent, confirmationStatus: 'NONE', slots };
}

/**
 * Asks for a (new) MFA code. The confirmation is reset too: every code is confirmed on its own, so a yes
 * given for one code never carries over to the next.
 */
export function elicitMfaCode(input: HandlerInput, speech: string, intent: Intent): Response {
  const text = toSsml(speech);
  return input.responseBuilder
    .speak(text)
    .reprompt(text)
    .addElicitSlotDirective(SLOTS.mfaCode, resetIntent(intent, true))
    .getResponse();
}

/** Asks the user to confirm the task (Dialog.ConfirmIntent); the answer comes back as CONFIRMED or DENIED. */
export function confirmTask(input: HandlerInput, speech: string, intent: Intent): Response {
  const text = toSsml(speech);
  return input.responseBuilder
    .speak(text)
    .reprompt(text)
    .addConfirmIntentDirective(resetIntent(intent, false))
    .getResponse();
}

/**
 * Says `speech` (help about the question) and asks the confirmation again, word for word when the question
 * as asked is known (SSML, as kept in the session), so the yes or no said next still answers it.
 */
export function confirmTaskAgain(
  input: HandlerInput,
  speech: string,
  intent: Intent,
  question: string | undefined,
): Response {
  const text = [toSsml(speech), question].filter(Boolean).join(' ');
  return input.responseBuilder
    .speak(text)
    .reprompt(question ?? text)
    .addConfirmIntentDirective(resetIntent(intent, false))
    .getResponse();
}
