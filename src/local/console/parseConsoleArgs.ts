import { parseArgs } from 'node:util';
import { UsageError } from './UsageError.js';

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
  readonly utterances: readonly string[];
}

function port(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    throw new UsageError(`${flag} needs a port number (0-65535), not "${value}"`);
  }
  return parsed;
}

export function parseConsoleArgs(argv: readonly string[]): ConsoleArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  return {
    fleet: values.fleet,
    source: values.source ?? false,
    logs: values.logs ?? false,
    json: values.json ?? false,
    request: values.request ?? false,
    response: values.response ?? false,
    calls: values.calls ?? false,
    web: !(values['no-web'] ?? false),
    webPort: port(values['web-port'], '--web-port'),
    emulatorPort: port(values['emulator-port'], '--emulator-port'),
    help: values.help ?? false,
    utterances: positionals,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
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
    },
  });
}
