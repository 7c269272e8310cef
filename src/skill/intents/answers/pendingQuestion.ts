import type { HandlerInput } from 'ask-sdk-core';
import type { Intent } from 'ask-sdk-model';
import type { SuggestionReadings } from '../../domain/fleet/errors.js';
import { SLOTS } from '../interactionModel.js';

/**
 * The question the skill's last answer asked, kept in the session so a bare "yes" or "no" can be answered:
 * - `suggestion`: "Did you mean ledger?", about `slot` of `intent` (the question as first asked);
 * - `slot`: the skill asked for a slot (the Region, an MFA code) of `intent`, offering `choices` if any;
 * - `confirmation`: the skill asked to confirm `intent` (a reboot or failover).
 * `speech` is the question as spoken (SSML inside <speak>), to ask it again word for word.
 */
export type PendingQuestion =
  | {
      readonly kind: 'suggestion';
      readonly intent: Intent;
      readonly slot: string;
      readonly suggestions: readonly string[];
      /** The suggested names' readings, to say them again as the listener hears them. */
      readonly readings?: SuggestionReadings;
    }
  | {
      readonly kind: 'slot';
      readonly intent: Intent;
      readonly slot: string;
      readonly speech?: string;
      /** The values the question offered, in the order said ("Oregon or Ireland?"), for "the second one". */
      readonly choices?: readonly string[];
    }
  | { readonly kind: 'confirmation'; readonly intent: Intent; readonly speech?: string };

const KEY = 'dbvoiceQuestion';
/** Request attribute: a question was set while answering this request (the response interceptor keeps it). */
const ASKED = 'dbvoiceQuestionAsked';

/** The intent as it may be kept in the session: an MFA code never is. */
function withoutCode(intent: Intent): Intent {
  const slots = intent.slots ? { ...intent.slots } : undefined;
  if (slots?.[SLOTS.mfaCode]) slots[SLOTS.mfaCode] = { name: SLOTS.mfaCode, confirmationStatus: 'NONE' };
  return { ...intent, ...(slots ? { slots } : {}) };
}

export function rememberQuestion(input: HandlerInput, question: PendingQuestion): void {
  const attributes = input.attributesManager.getSessionAttributes();
  input.attributesManager.setSessionAttributes({
    ...attributes,
    [KEY]: { ...question, intent: withoutCode(question.intent) },
  });
  input.attributesManager.setRequestAttributes({
    ...input.attributesManager.getRequestAttributes(),
    [ASKED]: true,
  });
}

/** Whether this request's answer already set its question (e.g. "did you mean"). */
export function questionAskedNow(input: HandlerInput): boolean {
  return input.attributesManager.getRequestAttributes()[ASKED] === true;
}

export function pendingQuestion(input: HandlerInput): PendingQuestion | undefined {
  const stored = input.attributesManager.getSessionAttributes()[KEY] as PendingQuestion | undefined;
  return stored && typeof stored === 'object' && typeof stored.intent?.name === 'string' ? stored : undefined;
}

export function forgetQuestion(input: HandlerInput): void {
  const attributes = input.attributesManager.getSessionAttributes();
  if (!(KEY in attributes)) return;
  const { [KEY]: _answered, ...rest } = attributes;
  input.attributesManager.setSessionAttributes(rest);
}
