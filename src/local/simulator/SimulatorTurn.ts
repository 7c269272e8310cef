import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';

/** One request the simulator sent to the skill and what came back. */
export interface SimulatorExchange {
  readonly request: RequestEnvelope;
  readonly response: ResponseEnvelope;
}

/** Everything that happened for one thing the user said. */
export interface SimulatorTurn {
  readonly utterance: string | undefined;
  /** Requests sent to the skill, in order: none when Alexa spoke a prompt itself, two after Dialog.Delegate. */
  readonly exchanges: readonly SimulatorExchange[];
  /** What the user hears, as text (SSML tags removed). */
  readonly speech: string | undefined;
  readonly reprompt: string | undefined;
  readonly card: ui.Card | undefined;
  /** Who spoke: the skill, or Alexa itself (a dialog-model prompt or an error message). */
  readonly spokenBy: 'skill' | 'alexa' | undefined;
  readonly sessionEnded: boolean;
  /** Things a real device would reject or do differently (e.g. outputSpeech with Dialog.Delegate). */
  readonly warnings: readonly string[];
  /** Set when the skill failed to answer (the invoker rejected). */
  readonly error: Error | undefined;
}
