import type { Finding } from '../rules/index.ts';

/** At most this many findings of one rule per file; the rest are summed up in one more line. */
const perFileLimit = 20;

/**
 * Keeps the first {@link perFileLimit} findings of each rule in each file (`findings` sorted by file and line)
 * and sums up the rest in one more finding right after the last one kept.
 */
export function limitPerFile(findings: readonly Finding[]): Finding[] {
  const counts = new Map<string, number>();
  // For each rule and file, its last kept finding and where in `out` the summary line goes (right after it).
  const lastKept = new Map<string, { finding: Finding; at: number }>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.file}\u0000${f.rule}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > perFileLimit) continue;
    out.push(f);
    if (n === perFileLimit) lastKept.set(key, { finding: f, at: out.length });
  }
  // Insert the summaries in one pass (splicing each one in would be quadratic in a tree with many).
  const summaries: { at: number; finding: Finding }[] = [];
  for (const [key, { finding, at }] of lastKept) {
    const n = counts.get(key)!;
    if (n <= perFileLimit) continue;
    const rule = finding.rule;
    summaries.push({
      at,
      finding: {
        ...finding,
        message: {
          en: `…and ${n - perFileLimit} more "${rule}" problem(s) in this file after this line.`,
          ja: `…この行より後に、この種類（${rule}）の問題がさらに${n - perFileLimit}件あります。`,
        },
      },
    });
  }
  if (!summaries.length) return out;
  summaries.sort((x, y) => x.at - y.at);
  const merged: Finding[] = [];
  let next = 0;
  out.forEach((f, i) => {
    merged.push(f);
    if (summaries[next]?.at === i + 1) merged.push(summaries[next++]!.finding);
  });
  return merged;
}
