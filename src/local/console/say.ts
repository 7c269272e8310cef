// `npm run say -- "how many instances in Oregon"`: one utterance (or several, as one conversation) against a
// fresh emulator and skill, then exit. Text for people, --json for scripts. Exits 1 when the skill failed.

import { runCommand } from '../emulator/core/runCommand.js';
import { UsageError } from '../emulator/core/UsageError.js';
import type { EmulatorState } from '../emulator/state/EmulatorState.js';
import { consoleUsage } from './consoleUsage.js';
import { currentMfaCode } from './currentMfaCode.js';
import { openLocalStack } from './openLocalStack.js';
import { parseConsoleArgs } from './parseConsoleArgs.js';
import { screenDevice } from './screenDevice.js';
import { serializeTurn } from './serializeTurn.js';
import { createStyle } from './terminal/createStyle.js';
import { formatTurn } from './terminal/formatTurn.js';

async function main(): Promise<number> {
  const args = parseConsoleArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${consoleUsage}\n`);
    return 0;
  }
  if (args.utterances.length === 0) throw new UsageError('say needs at least one utterance');
  const style = createStyle(process.stdout);
  const stack = await openLocalStack(args);
  let failed = false;
  try {
    const session = stack.newSession(args.screen ? screenDevice(args.screen) : {});
    const turns = [];
    for (const said of args.utterances) {
      const utterance = withMfaCode(said, stack.emulator.state, args.locale);
      const turn = await session.say(utterance);
      failed ||= turn.error !== undefined;
      if (args.json) turns.push(serializeTurn(turn));
      else {
        const display = { request: args.request, response: args.response, calls: args.calls };
        process.stdout.write(`${style.bold(`Alexa> ${utterance}`)}\n${formatTurn(turn, display, style)}\n`);
      }
    }
    if (args.json) process.stdout.write(`${JSON.stringify({ turns }, null, 2)}\n`);
  } finally {
    await stack.close();
  }
  return failed ? 1 : 0;
}

/**
 * ".mfa" as an utterance is the code the fleet's MFA device shows at that moment, as the console's `.mfa`
 * prints it: `npm run say -- "reboot payroll in oregon" .mfa yes` needs no phone. English says the digits
 * as words, other locales as digits.
 */
function withMfaCode(utterance: string, state: EmulatorState, locale: string | undefined): string {
  if (utterance.trim() !== '.mfa') return utterance;
  const code = currentMfaCode(state);
  if (!code) throw new UsageError('.mfa: the fleet has no MFA device');
  return !locale || locale.startsWith('en') ? code.spoken : code.code;
}

runCommand(main, consoleUsage);
