import { resolve } from 'node:path';

/**
 * A path the user typed, resolved against the folder they typed it in: npm runs every script (`npm start`,
 * `npm run emulator`, ...) in the package root, and npm keeps the caller's folder in INIT_CWD.
 */
export function resolveUserPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
