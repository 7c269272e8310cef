import type { ConsoleSession } from '../console/ConsoleSession.js';
import type { ConsoleTurn } from '../console/ConsoleTurn.js';
import type { BenchIntent } from './benchIntents.js';

/** Sends one benchmark request in a fresh session, so no dialog state carries over between samples. */
export function runTurn(newSession: () => ConsoleSession, bench: BenchIntent): Promise<ConsoleTurn> {
  const session = newSession();
  return bench.intent ? session.sendIntent(bench.intent, 'COMPLETED') : session.launch();
}
