import { z } from 'zod';
import { closestMatch } from '../core/closestMatch.js';

const NOUNS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  record: 'a map',
};

const nounOf = (input: unknown): string =>
  input === null
    ? 'empty'
    : Array.isArray(input)
      ? 'a list'
      : typeof input === 'string'
        ? `"${input}"`
        : typeof input === 'object'
          ? 'a map'
          : String(input);

function suggestion(value: string, candidates: readonly string[]): string {
  const match = closestMatch(value, candidates);
  return match === undefined ? `expected one of: ${candidates.join(', ')}` : `did you mean ${match}?`;
}

/** Several unknown keys in one map: a guess for each typo, and the valid keys once if any is no typo. */
function unknownKeys(keys: readonly string[], known: readonly string[]): string {
  const guesses = keys.map((key) => ({ key, match: closestMatch(key, known) }));
  const named = guesses.map(({ key, match }) => (match ? `${key} (did you mean ${match}?)` : key));
  const list = guesses.some(({ match }) => !match) ? `; expected one of: ${known.join(', ')}` : '';
  return `unknown keys ${named.join(', ')}${list}`;
}

/**
 * The message of one fleet-file problem, in the words of the file (a list, a map, text), with the closest
 * valid key or value for a typo. zod calls it for every issue; the path is added by formatFleetIssues.
 */
export function describeFleetIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = NOUNS[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `required (${expected})`;
      const quote =
        issue.expected === 'string' && typeof issue.input !== 'object' ? ' (quote it in YAML)' : '';
      return `must be ${expected}, not ${nounOf(issue.input)}${quote}`;
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      return `${nounOf(issue.input)} is not a valid value; ${suggestion(String(issue.input), values)}`;
    }
    case 'unrecognized_keys': {
      const known = issue.inst instanceof z.ZodObject ? Object.keys(issue.inst.shape) : [];
      if (issue.keys.length === 1) return `unknown key; ${suggestion(issue.keys[0] ?? '', known)}`;
      return unknownKeys(issue.keys, known);
    }
    case 'invalid_union': {
      const kinds = issue.errors.flatMap((option) =>
        option.flatMap((nested) =>
          nested.code === 'invalid_type' && nested.path.length === 0
            ? [NOUNS[nested.expected] ?? nested.expected]
            : [],
        ),
      );
      return `must be ${[...new Set(kinds)].join(' or ')}, not ${nounOf(issue.input)}`;
    }
    case 'invalid_key':
      return issue.issues.map((nested) => nested.message).join('; ');
    case 'too_small':
      return `must be at least ${issue.minimum}`;
    default:
      return undefined;
  }
}
