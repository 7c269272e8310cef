import { parseCommandLine } from '../emulator/core/parseCommandLine.js';
import { portNumber } from '../emulator/core/portNumber.js';

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

export function parseConsoleArgs(argv: readonly string[]): ConsoleArgs {
  const { values, positionals } = parseCommandLine({
    args: [...argv],
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
    utterances: positionals,
  };
}
