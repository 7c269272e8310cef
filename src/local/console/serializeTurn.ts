import type { ConsoleTurn } from './ConsoleTurn.js';

/** A turn as JSON can carry it (`say --json`, the web console's API): the Error reduced to name and message. */
export type SerialisedTurn = Omit<ConsoleTurn, 'error'> & {
  readonly error: { readonly name: string; readonly message: string } | null;
  /** The intents (or request types) the turn sent to the skill, in order. */
  readonly requests: readonly string[];
};

export function serializeTurn(turn: ConsoleTurn): SerialisedTurn {
  return {
    ...turn,
    requests: turn.exchanges.map(({ request }) =>
      request.request.type === 'IntentRequest' ? request.request.intent.name : request.request.type,
    ),
    error: turn.error ? { name: turn.error.name, message: turn.error.message } : null,
  };
}
