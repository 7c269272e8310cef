import { resolveUserPath } from '../emulator/core/resolveUserPath.js';
import { UsageError } from '../emulator/core/UsageError.js';
import type { ConsoleArgs } from './parseConsoleArgs.js';
import { type LocalStack, startLocalStack } from './startLocalStack.js';

/**
 * The stack as the two commands start it from their flags. Build progress and the skill's log lines go to
 * stderr, so stdout carries only the conversation (and `say --json` stays parseable).
 */
export function openLocalStack(args: ConsoleArgs): Promise<LocalStack> {
  // The emulator runs the user-management handler in this process (SSM Automation's step), and the AWS SDK
  // clients it creates print NodeVersionSupportWarning, eight lines about the SDK's future node versions, to
  // stderr in the middle of a transcript. A 'warning' listener cannot stop node's own printing, so this is
  // the SDK's switch for exactly that warning: every other warning still prints. A value the user set stays.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return startLocalStack({
    ...(args.fleet ? { fleet: resolveUserPath(args.fleet) } : {}),
    ...(args.emulatorPort !== undefined ? { emulatorPort: args.emulatorPort } : {}),
    skill: args.source ? 'source' : 'bundle',
    ...(args.locale ? { locale: args.locale } : {}),
    ...(args.modelDir ? { modelDirectory: args.modelDir } : {}),
    ...(args.logs ? { logs: process.stderr } : {}),
    onBuild: (reason) => process.stderr.write(`Building the skill (${reason}): npm run build …\n`),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new UsageError(`--emulator-port ${args.emulatorPort} is in use: choose another, or leave it out`);
  });
}
