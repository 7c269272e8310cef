import type { Intent, Slot } from 'ask-sdk-model';

/** The intent Alexa would pick for an utterance, with the sample that won (undefined for the fallback). */
export interface UtteranceMatch {
  readonly intent: Intent;
  readonly sample: string | undefined;
  /** Literal (non-slot) words of the winning sample: how specific the match is. */
  readonly literalWords: number;
}

/** An answer to "which instance?": the slot(s) it fills and how specific the matching slot sample was. */
export interface SlotAnswer {
  readonly slots: Readonly<Record<string, Slot>>;
  readonly literalWords: number;
}

/** The NLU half of the simulator, built once per interaction model (see buildUtteranceMatcher). */
export interface UtteranceMatcher {
  readonly invocationName: string;
  readonly skillId: string;
  /** Best intent for a whole utterance; AMAZON.FallbackIntent when no sample fits. */
  match(utterance: string): UtteranceMatch;
  /** Reads a reply to an elicitation of `slotName` (bare value or one of the slot's samples). */
  matchSlotAnswer(utterance: string, intentName: string, slotName: string): SlotAnswer | undefined;
  /** The intent with every declared slot present and empty, as Alexa sends slots nobody said. */
  emptyIntent(intentName: string): Intent;
  /** The built-in intent a phrase like "stop" or "help" means, if it is one. */
  builtInIntentFor(utterance: string): string | undefined;
}
