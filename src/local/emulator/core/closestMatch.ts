/** Edits (insert, delete, replace a character, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] ?? [];
      row[j] = Math.min(
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate a typo most likely meant ("multiAZ" -> multiAz, "postgress" -> postgres): fewest edits, case
 * ignored, and close enough to be a typo (a third of the word at most, or `share` of it), or none. A list of
 * short words ("hub", "tv") needs a larger share: one wrong letter in three is already a third.
 */
export function closestMatch(
  value: string,
  candidates: readonly string[],
  share = 1 / 3,
): string | undefined {
  const typed = value.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  // One or two letters are too short to guess from: only a difference of case counts there.
  const limit = typed.length < 3 ? 0 : Math.max(1, Math.floor(typed.length * share));
  return best !== undefined && best.distance <= limit ? best.candidate : undefined;
}
