import { ParameterPaths } from '../../../contract/ParameterPaths.js';
import type { CheckName } from './CheckName.js';
import { shellQuote } from './shellQuote.js';

/** Everything run-check needs to know; never a password (the runner fetches it on the bastion). */
export interface RunCheckArguments {
  readonly scriptsDirectory: string;
  readonly engine: string;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly database: string;
  readonly check: CheckName;
  /** The RDS instance identifier: the runner reads <prefix>/<instance>/dbpassword. */
  readonly instance: string;
  readonly region: string;
  readonly parameter?: string;
  /** SNS topic for the result of a check that outlives the request, and after how many seconds to use it. */
  readonly topic?: { readonly arn: string; readonly notifyAfterSeconds: number };
  /** Only sent when not the runner's default (/rds). */
  readonly parameterPrefix?: string;
}

/**
 * The single shell line SendCommand runs (AWS-RunShellScript): the runner's path and its flags, each value
 * quoted for the shell. The local emulator reads the same line back to run the runner itself.
 */
export function runCheckCommand(args: RunCheckArguments): string {
  const flags: [string, string | number | undefined][] = [
    ['engine', args.engine],
    ['host', args.host],
    ['port', args.port],
    ['user', args.user],
    ['database', args.database],
    ['check', args.check],
    ['instance', args.instance],
    ['parameter', args.parameter],
    ['region', args.region],
    ['topic', args.topic?.arn],
    ['notify-after', args.topic?.notifyAfterSeconds],
    [
      'prefix',
      args.parameterPrefix && args.parameterPrefix !== ParameterPaths.defaultPrefix
        ? args.parameterPrefix
        : undefined,
    ],
  ];
  const words = [`${args.scriptsDirectory}/run-check`];
  for (const [flag, value] of flags) {
    if (value !== undefined && value !== '') words.push(`--${flag}`, shellQuote(String(value)));
  }
  return words.join(' ');
}
