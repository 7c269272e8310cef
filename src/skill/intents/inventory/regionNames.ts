import type { RequestContext } from '../RequestContext.js';

/** Region codes in the words of the request's locale. */
export function regionNames(context: RequestContext, codes: readonly string[]): string[] {
  return codes.map((code) => context.strings.region(code));
}
