import { readdirSync } from 'node:fs';
import { INTERACTION_MODEL_DIRECTORY } from './loadInteractionModel.js';

/**
 * The locales with a generated interaction model (<locale>.json in `directory`, a path or a file: URL;
 * interaction-model/ by default), sorted.
 */
export function interactionModelLocales(directory: string | URL = INTERACTION_MODEL_DIRECTORY): string[] {
  return readdirSync(directory)
    .filter((file) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(file))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
}
