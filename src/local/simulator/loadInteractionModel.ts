import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InteractionModelData } from './InteractionModelData.js';

/** interaction-model/ at the repository root, seen from src/local/simulator. */
export const INTERACTION_MODEL_DIRECTORY = new URL('../../../interaction-model/', import.meta.url);

/**
 * Reads interaction-model/<locale>.json. Pass `directory` (a path or a file: URL ending in /) when running
 * from a bundle, where this module's own location no longer points into the repository.
 */
export function loadInteractionModel(
  locale = 'en-US',
  directory: string | URL = INTERACTION_MODEL_DIRECTORY,
): InteractionModelData {
  const file =
    typeof directory === 'string'
      ? resolve(directory, `${locale}.json`)
      : new URL(`${locale}.json`, directory);
  return JSON.parse(readFileSync(file, 'utf8')) as InteractionModelData;
}
