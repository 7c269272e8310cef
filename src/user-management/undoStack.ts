import type { Logger } from '@aws-lambda-powertools/logger';
import { RollbackFailedError } from './errors.js';

interface UndoStep {
  readonly description: string;
  readonly undo: () => Promise<void>;
  /** Reads the truth: true when the step's effect is gone (or never happened), whatever undo reported. */
  readonly isUndone?: () => Promise<boolean>;
}

/**
 * MySQL account statements commit implicitly and Secrets Manager has no transactions, so an action that
 * spans both records how to undo each completed step. On failure the steps run newest first; if one of
 * them fails too, the error says exactly what was left behind.
 */
export class UndoStack {
  readonly #steps: UndoStep[] = [];
  readonly #logger: Logger;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  /**
   * Registered before the step it undoes is attempted: a call whose reply is lost may have taken effect.
   * `isUndone`, when given, is asked after a failed undo, whose own reply may have been the lost one.
   */
  push(description: string, undo: () => Promise<void>, isUndone?: () => Promise<boolean>): void {
    this.#steps.push({ description, undo, ...(isUndone ? { isUndone } : {}) });
  }

  /** Throws `error` after undoing every step, or RollbackFailedError when something could not be undone. */
  async rollback(error: unknown): Promise<never> {
    const leftovers: string[] = [];
    for (const step of this.#steps.splice(0).reverse()) {
      try {
        await step.undo();
        this.#logger.info('undid step', { step: step.description });
      } catch (undoError) {
        if (await undoneAnyway(step)) {
          this.#logger.info('undo step failed but its effect is gone', { step: step.description });
          continue;
        }
        this.#logger.error('undo step failed', { step: step.description, error: undoError as Error });
        leftovers.push(step.description);
      }
    }
    if (leftovers.length === 0) throw error;
    // One list of what is left: an error that already named leftovers keeps them first.
    if (error instanceof RollbackFailedError) {
      throw new RollbackFailedError(error.cause ?? error, [...error.leftovers, ...leftovers]);
    }
    throw new RollbackFailedError(error, leftovers);
  }
}

async function undoneAnyway(step: UndoStep): Promise<boolean> {
  try {
    return (await step.isUndone?.()) === true;
  } catch {
    return false;
  }
}
