/** Levenshtein distance: small, and only ever run over a Region's tag values. */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(
        previous[j]! + 1,
        previous[j - 1]! + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The names closest to what was heard, best first, for "did you mean" answers. Names sharing a prefix or
 * containing the heard text rank first; otherwise only reasonably close names are offered.
 */
export function closestNames(heard: string, candidates: Iterable<string>, limit = 3): string[] {
  const target = heard.toLowerCase().replace(/[\s._-]+/g, '');
  const scored: { name: string; score: number }[] = [];
  for (const name of new Set(candidates)) {
    const flat = name.toLowerCase().replace(/[\s._-]+/g, '');
    const contains = flat.includes(target) || (flat.length > 0 && target.includes(flat));
    const distance = editDistance(target, flat);
    const score = contains ? distance / 10 : distance;
    if (contains || distance <= Math.max(2, Math.floor(Math.max(target.length, flat.length) / 2))) {
      scored.push({ name, score });
    }
  }
  return scored
    .sort((x, y) => x.score - y.score || x.name.localeCompare(y.name))
    .slice(0, limit)
    .map((s) => s.name);
}
