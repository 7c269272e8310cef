import { randomUUID } from 'node:crypto';
import type { IntentRequest } from 'ask-sdk-model';
import type { UtteranceMatcher } from './UtteranceMatcher.js';
import { type Elicitation, understandUtterance } from './understandUtterance.js';

export interface InterpretContext {
  readonly matcher: UtteranceMatcher;
  readonly locale?: string;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** Set while Alexa waits for one slot: a bare answer then fills it. */
  readonly eliciting?: Elicitation;
}

/**
 * The IntentRequest Alexa would send for an utterance: the intent with every declared slot, values and
 * entity resolutions for the ones said. STARTED for a new intent, IN_PROGRESS when it answers an elicitation.
 */
export function interpret(utterance: string, context: InterpretContext): IntentRequest {
  const understood = understandUtterance(utterance, context.matcher, context.eliciting);
  return {
    type: 'IntentRequest',
    requestId: `amzn1.echo-api.request.${(context.newId ?? randomUUID)()}`,
    timestamp: alexaTimestamp((context.now ?? (() => new Date()))()),
    locale: context.locale ?? 'en-US',
    dialogState: understood.continuesDialog ? 'IN_PROGRESS' : 'STARTED',
    intent: understood.intent,
  };
}

/** Alexa sends whole seconds: 2024-05-01T10:00:00Z. */
export function alexaTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
