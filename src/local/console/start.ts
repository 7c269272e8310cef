// `npm start`: the emulator with a fleet, the skill, an interactive Alexa session in the terminal, and the
// web console. Works without a terminal too (CI, `npm start < script.txt`): it answers each line and exits at
// the end of input.

import { runCommand } from '../emulator/core/runCommand.js';
import { UsageError } from '../emulator/core/UsageError.js';
import { consoleUsage } from './consoleUsage.js';
import { openLocalStack } from './openLocalStack.js';
import { parseConsoleArgs } from './parseConsoleArgs.js';
import { createStyle } from './terminal/createStyle.js';
import { formatBanner } from './terminal/formatBanner.js';
import { runRepl } from './terminal/runRepl.js';
import { startWebConsole } from './web/startWebConsole.js';

async function main(): Promise<number> {
  const args = parseConsoleArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${consoleUsage}\n`);
    return 0;
  }
  if (args.utterances.length > 0)
    throw new UsageError('npm start takes no utterances; use npm run say -- "..."');
  const style = createStyle(process.stdout);
  const stack = await openLocalStack(args);
  const web = args.web
    ? await startWebConsole(stack, args.webPort !== undefined ? { port: args.webPort } : {})
    : undefined;
  const shutdown = async () => {
    await web?.close();
    await stack.close();
  };
  // Ctrl-C outside the prompt (e.g. during a long turn) still cleans up the emulator and the bundle copy.
  process.once('SIGTERM', () => void shutdown().then(() => process.exit(143)));
  process.once('SIGINT', () => void shutdown().then(() => process.exit(130)));
  try {
    process.stdout.write(formatBanner(stack, web?.url, args.fleet ?? 'demo fleet', style));
    await runRepl({
      stack,
      input: process.stdin,
      output: process.stdout,
      style,
      display: {
        request: args.json || args.request,
        response: args.json || args.response,
        calls: args.calls,
      },
    });
  } finally {
    await shutdown();
  }
  return 0;
}

runCommand(main, consoleUsage);
