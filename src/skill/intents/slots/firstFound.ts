/**
 * Looks a name up by each of its candidates in turn (slotCandidates order) and returns the first found. When
 * none is, the error of the words heard (the last candidate) is thrown, so the user hears what they said
 * and the closest names to it. Any other error (e.g. a name in two Regions) ends the search at once.
 */
export async function firstFound<T>(
  candidates: readonly string[],
  lookup: (candidate: string) => Promise<T>,
  isNotFound: (error: unknown) => boolean,
): Promise<T> {
  let last: unknown;
  for (const candidate of candidates) {
    try {
      return await lookup(candidate);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      last = error;
    }
  }
  throw last;
}
