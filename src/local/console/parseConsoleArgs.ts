import { parseCommandLine } from '../emulator/core/parseCommandLine.js';
import { portNumber } from '../emulator/core/portNumber.js';
import { UsageError } from '../emulator/core/UsageError.js';
import { interactionModelLocales } from '../simulator/interactionModelLocales.js';
import { SCREEN_KINDS, type ScreenKind } from './screenDevice.js';

/** What `npm start` and `npm run say` accept (both share the flags; `say` ignores the web ones). */
export interface ConsoleArgs {
  readonly fleet: string | undefined;
  readonly source: boolean;
  readonly logs: boolean;
  readonly json: boolean;
  readonly request: boolean;
  readonly response: boolean;
  readonly calls: boolean;
  readonly web: boolean;
  readonly webPort: number | undefined;
  readonly emulatorPort: number | undefined;
  readonly help: boolean;
  /** `say`: a device with a screen (`--screen` alone is the landscape hub); `start`'s web page always has one. */
  readonly screen: ScreenKind | undefined;
  /** The locale Alexa hears and the skill answers in (`--locale en-GB`); en-US when absent. */
  readonly locale: string | undefined;
  readonly utterances: readonly string[];
}

/**
 * `--screen` takes an optional kind: `--screen round` and `--screen=tv` name one, `--screen` alone (before an
 * utterance or at the end) means the hub. parseArgs has no optional values, so the kind is joined first.
 */
function joinScreenKind(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg !== '--screen') out.push(arg);
    else if ((SCREEN_KINDS as readonly string[]).includes(argv[i + 1] ?? ''))
      out.push(`--screen=${argv[++i]}`);
    else out.push('--screen=hub');
  }
  return out;
}

export function parseConsoleArgs(argv: readonly string[]): ConsoleArgs {
  const { values, positionals } = parseCommandLine({
    args: joinScreenKind(argv),
    allowPositionals: true,
    options: {
      fleet: { type: 'string' },
      source: { type: 'boolean' },
      logs: { type: 'boolean' },
      json: { type: 'boolean' },
      request: { type: 'boolean' },
      response: { type: 'boolean' },
      calls: { type: 'boolean' },
      'no-web': { type: 'boolean' },
      'web-port': { type: 'string' },
      'emulator-port': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      screen: { type: 'string' },
      locale: { type: 'string' },
    },
  });
  return {
    fleet: values.fleet,
    source: values.source ?? false,
    logs: values.logs ?? false,
    json: values.json ?? false,
    request: values.request ?? false,
    response: values.response ?? false,
    calls: values.calls ?? false,
    web: !(values['no-web'] ?? false),
    webPort: portNumber(values['web-port'], '--web-port'),
    emulatorPort: portNumber(values['emulator-port'], '--emulator-port'),
    help: values.help ?? false,
    screen: screenKind(values.screen),
    locale: locale(values.locale),
    utterances: positionals,
  };
}

function screenKind(value: string | undefined): ScreenKind | undefined {
  if (value === undefined) return undefined;
  if (!(SCREEN_KINDS as readonly string[]).includes(value)) {
    throw new UsageError(`--screen takes ${SCREEN_KINDS.join(', ')} (or nothing, for hub); not ${value}`);
  }
  return value as ScreenKind;
}

/** A locale the console can speak: one with a generated interaction model. */
function locale(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const known = interactionModelLocales();
  if (!known.includes(value)) {
    throw new UsageError(
      `--locale takes one of ${known.join(', ')} (a locale with interaction-model/<locale>.json); not ${value}`,
    );
  }
  return value;
}
