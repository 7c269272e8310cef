import { fileURLToPath } from 'node:url';

/** The repository root, seen from src/local/console (the console always runs from the source tree). */
export const repoRoot: string = fileURLToPath(new URL('../../../', import.meta.url));
