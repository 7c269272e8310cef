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

/** A name with the readings it is also heard by (instance-ja: "レポーティング" beside "reporting"). */
export interface NameWithReadings {
  readonly name: string;
  readonly readings?: Readonly<Record<string, string>>;
}

function flatten(text: string): string {
  return text.toLowerCase().replace(/[\s._・-]+/g, '');
}

/** How far the heard text is from one spelling, and whether either contains the other. */
function scoreOf(target: string, spelling: string): { score: number; close: boolean } {
  const flat = flatten(spelling);
  const contains = flat.includes(target) || (flat.length > 0 && target.includes(flat));
  const distance = editDistance(target, flat);
  return {
    score: contains ? distance / 10 : distance,
    close: contains || distance <= Math.max(2, Math.floor(Math.max(target.length, flat.length) / 2)),
  };
}

/**
 * The names closest to what was heard, best first, for "did you mean" answers. Names sharing a prefix or
 * containing the heard text rank first; otherwise only reasonably close names are offered. A name's readings
 * count as spellings of it: Japanese recognition hears 「レポーテング」 for reporting, and edit distance works
 * on katakana characters as on letters. The names (never the readings) are returned, as the slot needs them.
 */
export function closestNames(
  heard: string,
  candidates: Iterable<string | NameWithReadings>,
  limit = 3,
): string[] {
  const target = flatten(heard);
  const best = new Map<string, number>();
  for (const candidate of candidates) {
    const named = typeof candidate === 'string' ? { name: candidate } : candidate;
    for (const spelling of [named.name, ...Object.values(named.readings ?? {})]) {
      const { score, close } = scoreOf(target, spelling);
      const known = best.get(named.name);
      if (close && (known === undefined || score < known)) best.set(named.name, score);
    }
  }
  return [...best]
    .sort(([xName, x], [yName, y]) => x - y || xName.localeCompare(yName))
    .slice(0, limit)
    .map(([name]) => name);
}
