// Summarises a V8 CPU profile (`node --cpu-prof`) by self time: the functions, and the packages or source folders,
// that used the CPU; and by inclusive time (a function with everything it called synchronously). Used to find
// where a slow build spends its time (docs/performance.md, "Profiling").
//
//   node scripts/bench/profile-summary.ts CPU.…cpuprofile [--top 30] [--from 12.5 --to 20]
//
// --from/--to keep the samples between those seconds after the profile started, e.g. one build phase (the
// phases' times are in Astro's log). Time an async function spent awaiting is not inclusive time.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  options: { top: { type: 'string', default: '30' }, from: { type: 'string' }, to: { type: 'string' } },
  allowPositionals: true,
});
const file = positionals[0];
if (!file) {
  console.error('usage: node scripts/bench/profile-summary.ts <file.cpuprofile> [--top N] [--from SECONDS] [--to SECONDS]');
  process.exit(2);
}
const from = values.from === undefined ? -Infinity : Number(values.from) * 1e6;
const to = values.to === undefined ? Infinity : Number(values.to) * 1e6;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const self = new Map<number, number>();
// A sample's time is the delta that follows it; its moment is the sum of the deltas before it.
let at = 0;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  if (at < from || at > to) return;
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** `node_modules/pkg` (or `@scope/pkg`), `src/folder`, `node:internal`, or the file. */
function area(url: string): string {
  if (!url) return '(native / idle / gc)';
  const nm = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (nm) return `npm:${nm[1]}`;
  const src = url.match(/\/(src\/[^/]+|scripts\/[^/]+|tests\/[^/]+)/);
  if (src) return src[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  return url
    .replace(/^file:\/\//, '')
    .split('/')
    .slice(-2)
    .join('/');
}

const nameOf = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url ? `${area(url)}:${lineNumber + 1}` : ''}`;
};
const byFunction = new Map<string, number>();
const byArea = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, us] of self) {
  const node = byId.get(id);
  if (!node) continue;
  byFunction.set(nameOf(node), (byFunction.get(nameOf(node)) ?? 0) + us);
  byArea.set(area(node.callFrame.url), (byArea.get(area(node.callFrame.url)) ?? 0) + us);
  // Each function on the stack once, however often it recurs.
  const seen = new Set<string>();
  for (let up: number | undefined = id; up !== undefined; up = parentOf.get(up)) {
    const name = nameOf(byId.get(up)!);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + us);
  }
}
const top = Number(values.top);
const show = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
};
console.log(`total sampled: ${(total / 1e6).toFixed(2)} s`);
show('By package or source folder (self time)', byArea);
show('By function (self time)', byFunction);
show('By function (inclusive time)', inclusive);
