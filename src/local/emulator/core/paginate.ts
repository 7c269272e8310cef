import type { AwsError } from './AwsError.js';

export interface Page<T> {
  readonly items: T[];
  /** Opaque token for the next page; undefined on the last page. */
  readonly next: string | undefined;
}

/** Markers are opaque to clients, as AWS's are: base64 of the next offset. */
function encode(offset: number): string {
  return Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64url');
}

function decode(token: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset?: unknown };
    return typeof parsed.offset === 'number' && Number.isInteger(parsed.offset) && parsed.offset >= 0
      ? parsed.offset
      : undefined;
  } catch {
    return undefined;
  }
}

/** One page of `items` from `token`; `invalidToken` builds the service's own error for a bad token. */
export function paginate<T>(
  items: readonly T[],
  token: string | undefined,
  pageSize: number,
  invalidToken: () => AwsError,
): Page<T> {
  const offset = token === undefined || token === '' ? 0 : decode(token);
  if (offset === undefined) throw invalidToken();
  const end = offset + pageSize;
  return { items: items.slice(offset, end), next: end < items.length ? encode(end) : undefined };
}
