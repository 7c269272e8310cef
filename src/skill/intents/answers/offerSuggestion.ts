import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import { ApplicationNotFound, type InstanceNotFound } from '../../domain/fleet/errors.js';
import { normaliseName } from '../../domain/fleet/normaliseName.js';
import { SLOTS } from '../interactionModel.js';
import { elicitSlot } from '../respond.js';
import { readSlot, slotCandidates } from '../slots/readSlot.js';
import { rememberQuestion } from './pendingQuestion.js';

/** The slot whose words (or ids) were the name not found. */
function slotOf(input: HandlerInput, intent: Intent, error: InstanceNotFound | ApplicationNotFound) {
  const slots = error instanceof ApplicationNotFound ? [SLOTS.application] : [SLOTS.instance, SLOTS.target];
  const wanted = normaliseName(error.spoken);
  return slots.find(
    (slot) =>
      intent.slots?.[slot] !== undefined &&
      slotCandidates(readSlot(input, slot)).some((candidate) => normaliseName(candidate) === wanted),
  );
}

/**
 * "I couldn't find ledgr in Oregon. Did you mean ledger?" as a question that can be answered: the question
 * as asked is kept in the session with the names offered, and Alexa listens for that slot again, so "yes"
 * asks it again with ledger (AnswerRequestInterceptor), "no" asks which one (NoIntentHandler), and a name
 * fills the slot. Undefined when there is nothing to offer.
 */
export function offerSuggestion(
  input: HandlerInput,
  speech: string,
  intent: Intent,
  error: InstanceNotFound | ApplicationNotFound,
): Response | undefined {
  if (error.suggestions.length === 0) return undefined;
  const slot = slotOf(input, intent, error);
  if (!slot) return undefined;
  rememberQuestion(input, {
    kind: 'suggestion',
    intent,
    slot,
    suggestions: [...error.suggestions],
    readings: error.readings,
  });
  return elicitSlot(input, speech, slot, withoutSlotValue(intent, slot));
}

/** The intent with one slot emptied, ready for Alexa to listen for it again. */
export function withoutSlotValue(intent: Intent, slot: string): Intent {
  return {
    ...intent,
    confirmationStatus: 'NONE',
    slots: { ...intent.slots, [slot]: { name: slot, confirmationStatus: 'NONE' } },
  };
}

/** The question as first asked, with the offered name said in its slot. */
export function withSuggestion(intent: Intent, slot: string, name: string): Intent {
  return {
    ...intent,
    confirmationStatus: 'NONE',
    slots: { ...intent.slots, [slot]: { name: slot, value: name, confirmationStatus: 'NONE' } },
  };
}
