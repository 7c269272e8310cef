import { resolveUserPath } from '../emulator/core/resolveUserPath.js';
import { UsageError } from '../emulator/core/UsageError.js';
import type { ConsoleArgs } from './parseConsoleArgs.js';
import { type LocalStack, startLocalStack } from './startLocalStack.js';

/**
 * The stack as the two commands start it from their flags. Build progress and the skill's log lines go to
 * stderr, so stdout carries only the conversation (and `say --json` stays parseable).
 */
export function openLocalStack(args: ConsoleArgs): Promise<LocalStack> {
  return startLocalStack({
    ...(args.fleet ? { fleet: resolveUserPath(args.fleet) } : {}),
    ...(args.emulatorPort !== undefined ? { emulatorPort: args.emulatorPort } : {}),
    skill: args.source ? 'source' : 'bundle',
    ...(args.locale ? { locale: args.locale } : {}),
    ...(args.logs ? { logs: process.stderr } : {}),
    onBuild: (reason) => process.stderr.write(`Building the skill (${reason}): npm run build …\n`),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new UsageError(`--emulator-port ${args.emulatorPort} is in use: choose another, or leave it out`);
  });
}
