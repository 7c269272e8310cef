import type { HandlerInput } from 'ask-sdk-core';
import type { Intent } from 'ask-sdk-model';
import { pendingQuestion } from '../answers/pendingQuestion.js';
import { INTENT_SLOTS, SLOTS } from '../interactionModel.js';

/** What a task behind MFA (a reboot, a failover, a user change) waits for: its code or the user's yes. */
export type PendingTaskQuestion =
  | { readonly asks: 'code'; readonly intent: Intent }
  | { readonly asks: 'confirmation'; readonly intent: Intent; readonly speech?: string };

/**
 * The task question the skill's last answer asked, from the session, for "help" or an unclear reply to ask
 * it again instead of dropping the task. The session is the client's to send, so only an intent that takes
 * a code qualifies, and what it asks is planned and checked again from the start when the code or the yes
 * comes (GuardedTurn), never trusted from here.
 */
export function pendingTaskQuestion(input: HandlerInput): PendingTaskQuestion | undefined {
  const question = pendingQuestion(input);
  if (!question) return undefined;
  const slots: readonly string[] | undefined =
    INTENT_SLOTS[question.intent.name as keyof typeof INTENT_SLOTS];
  if (!slots?.includes(SLOTS.mfaCode)) return undefined;
  if (question.kind === 'slot' && question.slot === SLOTS.mfaCode)
    return { asks: 'code', intent: question.intent };
  if (question.kind === 'confirmation')
    return {
      asks: 'confirmation',
      intent: question.intent,
      ...(question.speech ? { speech: question.speech } : {}),
    };
  return undefined;
}
