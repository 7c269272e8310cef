import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestMatch } from './closestMatch.js';
import { UsageError } from './UsageError.js';

/** node's wording, except an unknown flag: npm's `--` hint there misleads, a guess at the flag meant helps. */
function describe(error: Error & { code?: string }, config: ParseArgsConfig): string {
  const flag = /'(-[^'=\s]*)/.exec(error.message)?.[1];
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || flag === undefined) return error.message;
  const flags = Object.keys(config.options ?? {}).map((name) => `--${name}`);
  const match = closestMatch(flag, flags);
  return `unknown option ${flag}${match ? `; did you mean ${match}?` : ''}`;
}

/** node:util parseArgs (strict unless told otherwise), with its complaints turned into UsageErrors. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(describe(error as Error, config));
  }
}
