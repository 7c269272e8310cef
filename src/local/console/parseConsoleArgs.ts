import { existsSync, statSync } from 'node:fs';
import { closestMatch } from '../emulator/core/closestMatch.js';
import { parseCommandLine } from '../emulator/core/parseCommandLine.js';
import { portNumber } from '../emulator/core/portNumber.js';
import { resolveUserPath } from '../emulator/core/resolveUserPath.js';
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
  /** The locale Alexa hears and the skill answers in (`--locale en-GB`, any case); en-US when absent. */
  readonly locale: string | undefined;
  /** `--model-dir DIR`: the models `npm run model -- --out DIR` wrote (<DIR>/<locale>.json), absolute. */
  readonly modelDir: string | undefined;
  readonly utterances: readonly string[];
}

/**
 * `--screen` takes an optional kind: `--screen round` and `--screen=tv` name one, `--screen` alone (before an
 * utterance or at the end) means the hub. parseArgs has no optional values, so the kind is joined first. A
 * single word that is a kind mistyped (`--screen huge`, `--screen rund`) is joined too, so it is refused with
 * a guess instead of being said to Alexa while the session silently gets a hub; anything else (`--screen
 * "what's the cpu"`, `--screen hi`) is the first utterance.
 */
function joinScreenKind(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1] ?? '';
    if (arg !== '--screen') out.push(arg);
    else if ((SCREEN_KINDS as readonly string[]).includes(next) || mistypedScreenKind(next))
      out.push(`--screen=${argv[++i]}`);
    else out.push('--screen=hub');
  }
  return out;
}

/** Up to half a short word's letters wrong: "huge" and "rond" are kinds mistyped, "two" or "how" are not. */
function mistypedScreenKind(word: string): boolean {
  return /^[a-z]+$/i.test(word) && closestMatch(word, SCREEN_KINDS, 1 / 2) !== undefined;
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
      'model-dir': { type: 'string' },
    },
  });
  const modelDir = modelDirectory(values['model-dir']);
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
    locale: locale(values.locale, modelDir),
    modelDir,
    utterances: positionals,
  };
}

function screenKind(value: string | undefined): ScreenKind | undefined {
  if (value === undefined) return undefined;
  if (!(SCREEN_KINDS as readonly string[]).includes(value)) {
    const match = closestMatch(value, SCREEN_KINDS, 1 / 2);
    throw new UsageError(
      `--screen takes ${SCREEN_KINDS.join(', ')} (or nothing, for hub); not ${value}${match ? `; did you mean ${match}?` : ''}`,
    );
  }
  return value as ScreenKind;
}

function modelDirectory(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError('--model-dir needs a directory');
  const directory = resolveUserPath(value);
  if (!existsSync(directory) || !statSync(directory).isDirectory())
    throw new UsageError(`--model-dir ${directory} is not a directory`);
  return directory;
}

/**
 * A locale the console can speak: one with a generated interaction model (in --model-dir when given).
 * BCP 47 tags are case-insensitive, so en-gb is en-GB; the model's own spelling is what the requests carry.
 */
function locale(value: string | undefined, modelDir: string | undefined): string | undefined {
  const where = modelDir ?? 'interaction-model';
  const known = interactionModelLocales(modelDir);
  if (known.length === 0) throw new UsageError(`--model-dir ${where} has no <locale>.json model`);
  if (value === undefined) {
    // Without --locale the console speaks en-US, so a directory of other locales' models must name one.
    if (modelDir && !known.includes('en-US'))
      throw new UsageError(`--model-dir ${where} has no en-US.json: add --locale ${known.join(' or ')}`);
    return undefined;
  }
  const match = known.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (match === undefined) {
    throw new UsageError(
      `--locale takes one of ${known.join(', ')} (a locale with ${where}/<locale>.json); not ${value}`,
    );
  }
  return match;
}
