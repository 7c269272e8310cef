import type { z } from 'zod';

const MAX_LINES = 10;

/** regions.us-west-2.instances[3].engine */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * A union the input failed as a whole: when exactly one option is of the input's kind (a map where "text
 * or a map" was allowed), that option's own problems are the useful ones, with their full paths.
 */
function expand(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const sameKind = issue.errors.filter(
    (option) => !option.some((nested) => nested.code === 'invalid_type' && nested.path.length === 0),
  );
  if (sameKind.length !== 1) return [issue];
  return (sameKind[0] ?? []).flatMap((nested) =>
    expand({ ...nested, path: [...issue.path, ...nested.path] }),
  );
}

/** One line per problem, each naming the file and the path of the key; at most ten. */
export function formatFleetIssues(source: string, issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.flatMap(expand).map((issue) => {
    const onlyKey = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? issue.keys : [];
    const path = pathText([...issue.path, ...onlyKey]);
    return path === '' ? `${source}: the fleet ${issue.message}` : `${source}: ${path}: ${issue.message}`;
  });
  const more = lines.length > MAX_LINES ? [`... and ${lines.length - MAX_LINES} more problems`] : [];
  return [...lines.slice(0, MAX_LINES), ...more].join('\n');
}
