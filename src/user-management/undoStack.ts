import type { Logger } from '@aws-lambda-powertools/logger';
import { RollbackFailedError } from './errors.js';

interface UndoStep {
  readonly description: string;
  readonly undo: () => Promise<void>;
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

  push(description: string, undo: () => Promise<void>): void {
    this.#steps.push({ description, undo });
  }

  /** Throws `error` after undoing every step, or RollbackFailedError when something could not be undone. */
  async rollback(error: unknown): Promise<never> {
    const leftovers: string[] = [];
    for (const step of this.#steps.splice(0).reverse()) {
      try {
        await step.undo();
        this.#logger.info('undid step', { step: step.description });
      } catch (undoError) {
        this.#logger.error('undo step failed', { step: step.description, error: undoError as Error });
        leftovers.push(step.description);
      }
    }
    if (leftovers.length > 0) throw new RollbackFailedError(error, leftovers);
    throw error;
  }
}
