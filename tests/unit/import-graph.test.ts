import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCycles, importClosure, importsOf, resolveRelative, type ImportEdge, type ImportGraph } from '../../tooling/import-graph.ts';

const root = mkdtempSync(join(tmpdir(), 'import-graph-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

write(
  'src/a.ts',
  `import { b } from './b.ts';
import type { C } from './c.ts';
import { type D } from './d';
import data from './data.json' with { type: 'json' };
export * from './e.ts';
export type { F } from './f.ts';
// import { nope } from './comment.ts';
const text = "import { nope } from './string.ts'";
const later = () => import('./g.ts');
const worker = new URL('./worker.ts', import.meta.url);
const up = new URL('..', import.meta.url);
type H = typeof import('./h.ts');
`,
);
for (const file of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'worker']) write(`src/${file}.ts`, `export const ${file} = 1;\n`);
write('src/data.json', '{}');
write(
  'src/Page.astro',
  `---
import { b } from './b';
---
<p>import { nope } from './text.ts'</p>
<script>
  import { g } from './g.ts';
</script>
`,
);

const summary = (edges: ImportEdge[]) => edges.map((e) => `${e.line} ${e.kind}${e.typeOnly ? ' type' : ''} ${e.specifier} → ${e.resolved ?? '-'}`);

describe('importsOf', () => {
  it('finds imports, re-exports, dynamic imports and worker URLs, and nothing in comments or strings', () => {
    expect(summary(importsOf(root, 'src/a.ts'))).toEqual([
      '1 static ./b.ts → src/b.ts',
      '2 static type ./c.ts → src/c.ts',
      // `import { type D }` stays an import under verbatimModuleSyntax, so it is not type-only.
      '3 static ./d → src/d.ts',
      '4 static ./data.json → src/data.json',
      '5 static ./e.ts → src/e.ts',
      '6 static type ./f.ts → src/f.ts',
      '9 dynamic ./g.ts → src/g.ts',
      '10 url ./worker.ts → src/worker.ts',
      '12 static type ./h.ts → src/h.ts',
    ]);
    expect(importsOf(root, 'src/a.ts')[3]!.attributes).toEqual({ type: 'json' });
  });

  it('reads the frontmatter and scripts of an .astro file, with their lines', () => {
    expect(summary(importsOf(root, 'src/Page.astro'))).toEqual(['2 static ./b → src/b.ts', '6 static ./g.ts → src/g.ts']);
  });
});

describe('resolveRelative', () => {
  it('takes the exact file first, then the extensions Vite would try', () => {
    expect(resolveRelative(root, 'src/a.ts', './b.ts')).toBe('src/b.ts');
    expect(resolveRelative(root, 'src/a.ts', './b')).toBe('src/b.ts');
    expect(resolveRelative(root, 'src/a.ts', './missing.ts')).toBeUndefined();
  });
});

describe('importClosure', () => {
  it('follows what Node loads at run time: not type-only imports, not worker URLs', () => {
    expect([...importClosure(root, ['src/a.ts']).keys()].sort()).toEqual([
      'src/a.ts',
      'src/b.ts',
      'src/d.ts',
      'src/data.json',
      'src/e.ts',
      'src/g.ts',
    ]);
  });
});

describe('findCycles', () => {
  const edge = (from: string, to: string, typeOnly = false): ImportEdge => ({
    from,
    specifier: `./${to}`,
    line: 1,
    kind: 'static',
    typeOnly,
    attributes: {},
    resolved: to,
  });
  const graph = (...pairs: [string, string, boolean?][]): ImportGraph => {
    const g: ImportGraph = new Map();
    for (const [from, to, typeOnly] of pairs) {
      g.set(from, [...(g.get(from) ?? []), edge(from, to, typeOnly)]);
      if (!g.has(to)) g.set(to, []);
    }
    return g;
  };

  it('reports the shortest cycle through each file on one, each once, from its first file', () => {
    const g = graph(['c', 'a'], ['a', 'b'], ['b', 'c'], ['b', 'a'], ['d', 'a'], ['e', 'e'], ['x', 'y']);
    expect(findCycles(g)).toEqual([
      ['a', 'b', 'a'],
      // through c, which the shorter loop a → b → a misses
      ['a', 'b', 'c', 'a'],
      ['e', 'e'],
    ]);
  });

  it('counts type-only imports unless told not to', () => {
    const g = graph(['a', 'b'], ['b', 'a', true]);
    expect(findCycles(g)).toEqual([['a', 'b', 'a']]);
    expect(findCycles(g, (e) => !e.typeOnly)).toEqual([]);
  });

  it('finds nothing in a graph without cycles', () => {
    expect(findCycles(graph(['a', 'b'], ['b', 'c'], ['a', 'c']))).toEqual([]);
  });
});
