import type { ErrorHandler } from 'ask-sdk-core';
import type { Observability } from '../observability/Observability.js';
import { answerForError } from './answerForError.js';

/**
 * Errors thrown outside intent handlers (interceptors, the allow-list, Launch) end here. Intent handlers
 * answer their own errors through the same words (intentHandler), so response interceptors still run.
 */
export function skillErrorHandler(observability: Observability): ErrorHandler {
  return {
    canHandle: () => true,
    handle: (input, error) => answerForError(input, error, observability.logger),
  };
}
