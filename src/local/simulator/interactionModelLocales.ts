import { readdirSync } from 'node:fs';

/** interaction-model/ at the repository root, seen from src/local/simulator. */
const DEFAULT_DIRECTORY = new URL('../../../interaction-model/', import.meta.url);

/** The locales with a generated interaction model (interaction-model/<locale>.json), sorted. */
export function interactionModelLocales(directory: URL = DEFAULT_DIRECTORY): string[] {
  return readdirSync(directory)
    .filter((file) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(file))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
}
