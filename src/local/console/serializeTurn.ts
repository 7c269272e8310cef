import type { Directive } from 'ask-sdk-model';
import type { ConsoleTurn } from './ConsoleTurn.js';

/** A turn as JSON can carry it (`say --json`, the web console's API): the Error reduced to name and message. */
export type SerialisedTurn = Omit<ConsoleTurn, 'error'> & {
  readonly error: { readonly name: string; readonly message: string } | null;
  /** The intents (or request types) the turn sent to the skill, in order. */
  readonly requests: readonly string[];
  /** What a screen shows after the turn: the last Alexa.Presentation.APL.RenderDocument, or null. */
  readonly screen: Directive | null;
};

const RENDER_DOCUMENT = 'Alexa.Presentation.APL.RenderDocument';

export function serializeTurn(turn: ConsoleTurn): SerialisedTurn {
  return {
    ...turn,
    requests: turn.exchanges.map(({ request }) =>
      request.request.type === 'IntentRequest' ? request.request.intent.name : request.request.type,
    ),
    screen:
      turn.exchanges
        .flatMap(({ response }) => response.response.directives ?? [])
        .filter((d) => d.type === RENDER_DOCUMENT)
        .at(-1) ?? null,
    error: turn.error ? { name: turn.error.name, message: turn.error.message } : null,
  };
}
