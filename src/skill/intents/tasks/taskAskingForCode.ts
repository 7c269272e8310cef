import type { HandlerInput } from 'ask-sdk-core';
import type { Intent } from 'ask-sdk-model';
import { pendingQuestion } from '../answers/pendingQuestion.js';
import { INTENT_SLOTS, SLOTS } from '../interactionModel.js';

/**
 * The task intent (a reboot, a failover, a user change) whose MFA code the skill's last answer asked for,
 * from the session, for "help" or an unclear reply to ask for it again instead of dropping the task. The
 * session is the client's to send, so only an intent that takes a code qualifies, and what it asks is
 * planned and checked again from the start when the code comes (GuardedTurn), never trusted from here.
 */
export function taskAskingForCode(input: HandlerInput): Intent | undefined {
  const question = pendingQuestion(input);
  if (question?.kind !== 'slot' || question.slot !== SLOTS.mfaCode) return undefined;
  const slots: readonly string[] | undefined =
    INTENT_SLOTS[question.intent.name as keyof typeof INTENT_SLOTS];
  return slots?.includes(SLOTS.mfaCode) ? question.intent : undefined;
}
