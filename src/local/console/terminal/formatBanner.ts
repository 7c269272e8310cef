import { exampleUtterances } from '../exampleUtterances.js';
import type { LocalStack } from '../startLocalStack.js';
import type { Style } from './createStyle.js';

/** The welcome text: what runs where, and five things to say that work on this fleet. */
export function formatBanner(
  stack: LocalStack,
  webUrl: string | undefined,
  fleetName: string,
  style: Style,
): string {
  const regions = Object.entries(stack.fleet.regions);
  const instances = regions.reduce((sum, [, region]) => sum + (region.instances?.length ?? 0), 0);
  const invocation = stack.model.interactionModel.languageModel.invocationName;
  const lines = [
    style.bold(`dbvoice local console`) +
      style.dim(` · the real skill (${stack.skillSource}) against an emulated AWS account, no AWS needed`),
    `  Fleet:       ${fleetName}: ${instances} instances in ${regions.length} Regions (${regions.map(([code]) => code).join(', ')})`,
    `  Emulator:    ${stack.emulator.url}  (any SDK or the AWS CLI can use it: --endpoint-url)`,
    `  Locale:      ${stack.locale}  (others with --locale: ${stack.locales.filter((l) => l !== stack.locale).join(', ')})`,
  ];
  if (webUrl) lines.push(`  Web console: ${style.cyan(webUrl)}`);
  lines.push('', `Try saying ("open ${invocation}" starts a session; one-shot requests work too):`);
  for (const example of exampleUtterances(stack.fleet, undefined, stack.locale))
    lines.push(`  ${style.green(example)}`);
  lines.push(
    '',
    style.dim('Type .help for commands (.json, .calls, .mfa, .reset, ...), .quit or Ctrl-D to leave.'),
    '',
  );
  return lines.join('\n');
}
