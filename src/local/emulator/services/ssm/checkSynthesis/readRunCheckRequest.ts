import { encodeRunnerValue } from './encodeRunnerValue.js';
import { RUN_CHECKS, type RunCheckName, type RunCheckRequest } from './RunCheckRequest.js';

// The runner's patterns, copied from sql-scripts/run-check so a synthesised run refuses what a real one does.
const PATTERNS = {
  engine: /^[a-z][a-z0-9-]{0,39}$/,
  host: /^[A-Za-z0-9]([A-Za-z0-9.:-]{0,252})$/,
  port: /^[0-9]{1,5}$/,
  user: /^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$/,
  database: /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}$/,
  instance: /^[A-Za-z][A-Za-z0-9-]{0,62}$/,
  parameter: /^[A-Za-z0-9_][A-Za-z0-9_. ()-]{0,79}$/,
  region: /^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$/,
  topic: /^arn:aws[a-z-]*:sns:[a-z]{2}(-[a-z]+)+-[0-9]{1,2}:[0-9]{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/,
  'notify-after': /^[0-9]{1,5}$/,
  prefix: /^(\/[A-Za-z0-9_.-]+)+$/,
} as const;

const FLAGS = new Set([
  'engine',
  'host',
  'port',
  'user',
  'database',
  'check',
  'instance',
  'parameter',
  'region',
  'topic',
  'notify-after',
  'prefix',
]);

const REQUIRED = ['engine', 'host', 'port', 'user', 'database', 'check', 'instance'] as const;

export type RunCheckReading =
  | { readonly ok: true; readonly request: RunCheckRequest }
  | { readonly ok: false; readonly usage: string };

const shown = (value: string): string => encodeRunnerValue(value.slice(0, 64));

/**
 * run-check's argument handling: every flag takes a value, the last one given wins, anything else is a usage
 * error with the runner's own words (the first problem found, in the runner's order).
 */
export function readRunCheckRequest(args: readonly string[]): RunCheckReading {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const word = args[i]!;
    const name = word.startsWith('--') ? word.slice(2) : '';
    if (!FLAGS.has(name)) return { ok: false, usage: `unknown argument: ${shown(word)}` };
    if (i + 1 >= args.length) return { ok: false, usage: `${word} needs a value` };
    values.set(name, args[i + 1]!);
  }
  for (const name of REQUIRED) {
    if (!values.get(name)) return { ok: false, usage: `--${name} is required` };
  }
  const value = (name: string): string => values.get(name) ?? '';
  const invalid = (name: keyof typeof PATTERNS): string | undefined =>
    PATTERNS[name].test(value(name)) ? undefined : `invalid --${name}: ${shown(value(name))}`;
  const port = Number.parseInt(value('port'), 10);
  const check = value('check');
  const problem =
    invalid('engine') ??
    invalid('host') ??
    invalid('port') ??
    (port >= 1 && port <= 65535 ? undefined : `invalid --port: ${value('port')}`) ??
    invalid('user') ??
    invalid('database') ??
    invalid('instance') ??
    ((RUN_CHECKS as readonly string[]).includes(check) ? undefined : `unknown --check: ${shown(check)}`) ??
    (check !== 'parameter'
      ? undefined
      : values.get('parameter')
        ? invalid('parameter')
        : '--parameter is required for the parameter check') ??
    (values.get('region') ? invalid('region') : undefined) ??
    (values.get('topic') ? invalid('topic') : undefined) ??
    (values.has('notify-after') ? invalid('notify-after') : undefined) ??
    (values.has('prefix') ? invalid('prefix') : undefined);
  if (problem) return { ok: false, usage: problem };
  return {
    ok: true,
    request: {
      engine: value('engine'),
      host: value('host'),
      port,
      user: value('user'),
      database: value('database'),
      check: check as RunCheckName,
      instance: value('instance'),
      parameter: values.get('parameter') || undefined,
      region: values.get('region') || undefined,
      topic: values.get('topic') || undefined,
      notifyAfterSeconds: Number(values.get('notify-after') ?? 0),
      prefix: values.get('prefix') ?? '/rds',
    },
  };
}
