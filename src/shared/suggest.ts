// "Did you mean …?": the known name closest to a misspelt one. Plain Node and browser alike (the checks use it
// for ids, directive names and attributes).

/**
 * The edit distance between two strings, counting a swap of two neighbouring characters as one edit
 * (optimal string alignment): `sorce` → `source` is 1, `peace-talk` → `peace-talks` is 1, `tpoics` → `topics` is 1.
 * Compares UTF-16 code units, which is enough for ids and names of the Basic Multilingual Plane.
 * @example editDistance('sorce', 'source') // 1
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * How many edits a name of this length may be away from a suggestion: one for short names, about one in four
 * characters for longer ones, so that `ukrain` finds `ukraine` but `us` never suggests `eu`.
 * @example allowedEdits('sorce') // 1
 */
export const allowedEdits = (name: string): number => (name.length <= 2 ? 0 : Math.max(1, Math.floor(name.length / 4)));

/**
 * The known name closest to `name`, if one is close enough to be a likely misspelling (case ignored); the
 * first in `known`'s order on a tie. Undefined when `name` is itself known.
 * @example closestName('peace-talk', ['ukraine', 'peace-talks']) // 'peace-talks'
 * @example closestName('weather', ['ukraine', 'peace-talks']) // undefined
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  const limit = allowedEdits(wanted);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate === name) return undefined;
    // Cheap bound first: names whose lengths differ by more than the limit cannot be close enough.
    if (Math.abs(candidate.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
