import type { DialogState, Intent, SessionEndedReason } from 'ask-sdk-model';
import type { AlexaSession } from '../simulator/AlexaSession.js';
import type { SimulatorTurn } from '../simulator/SimulatorTurn.js';
import type { ConsoleTurn } from './ConsoleTurn.js';

/** Runs one simulator turn exclusively and attaches the emulator calls it made. */
export type TurnRunner = (turn: () => Promise<SimulatorTurn>) => Promise<ConsoleTurn>;

/**
 * One user's conversation in the console: an Alexa session whose every turn also reports the AWS calls the
 * skill made for it. The terminal, `say` and each browser tab of the web console hold one.
 */
export class ConsoleSession {
  private last: ConsoleTurn | undefined;

  constructor(
    /** The underlying simulator session (pending dialog, session attributes, the NLU). */
    readonly alexa: AlexaSession,
    private readonly runTurn: TurnRunner,
  ) {}

  /** The most recent turn, for `.calls` and GET /api/calls. */
  get lastTurn(): ConsoleTurn | undefined {
    return this.last;
  }

  say(utterance: string): Promise<ConsoleTurn> {
    return this.track(() => this.alexa.say(utterance));
  }

  launch(): Promise<ConsoleTurn> {
    return this.track(() => this.alexa.launch());
  }

  end(reason: SessionEndedReason = 'USER_INITIATED'): Promise<ConsoleTurn> {
    return this.track(() => this.alexa.end(reason));
  }

  /** A touch on the screen: the SendEvent arguments of what was touched, and the document's token. */
  touch(args: readonly unknown[], token: string): Promise<ConsoleTurn> {
    return this.track(() => this.alexa.touch(args, token));
  }

  sendIntent(intent: Intent, dialogState?: DialogState): Promise<ConsoleTurn> {
    return this.track(() => this.alexa.sendIntent(intent, dialogState));
  }

  private async track(turn: () => Promise<SimulatorTurn>): Promise<ConsoleTurn> {
    const result = await this.runTurn(turn);
    this.last = result;
    return result;
  }
}
