import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importClosure, importsOf, isRelative, moduleFiles, type ImportEdge } from '../../tooling/import-graph.ts';

// Node runs these files itself, without Vite: the build and check scripts, and the worker threads of the Markdown
// renderer and the content checker. Everything they load must work the way Node resolves and strips TypeScript:
// relative imports spelled with `.ts` (JSON with `with { type: 'json' }`), no astro:* virtual module, no .astro file.
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Scripts started with `node`: what package.json runs, and the ones the docs tell people to run by hand. */
const scriptEntries = [
  ...new Set([
    'scripts/build.ts',
    'scripts/check.ts',
    'scripts/new/index.ts',
    'scripts/search-index.ts',
    'scripts/bench/index.ts',
    'scripts/measure-search.ts',
    ...Object.values((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts).flatMap(
      (command) => [...command.matchAll(/\bnode\s+(\S+\.ts)\b/g)].map((m) => m[1]!),
    ),
  ]),
];

/** Worker threads: the files src/ hands to a Worker or a Piscina pool as `new URL('./….ts', import.meta.url)`. */
const workerRefs = moduleFiles(root, ['src'])
  .flatMap((file) => importsOf(root, file))
  .filter((edge) => edge.kind === 'url');
const workerEntries = [...new Set(workerRefs.flatMap((edge) => (edge.resolved ? [edge.resolved] : [])))];
const entries = [...scriptEntries, ...workerEntries];

const closure = importClosure(root, entries);
const edges = [...closure.values()].flat();
const where = (edge: ImportEdge) => `${edge.from}:${edge.line} imports '${edge.specifier}'`;

describe('code that Node runs without Vite', () => {
  it('has its entry points where this test expects them', () => {
    expect(scriptEntries.filter((file) => !existsSync(join(root, file)))).toEqual([]);
    expect(
      workerRefs.filter((edge) => !edge.resolved).map((edge) => `${edge.from}:${edge.line} names '${edge.specifier}', which does not exist`),
    ).toEqual([]);
    // Both pools (Markdown rendering, content checks) hand Node a worker file; finding none means the search broke.
    expect(workerEntries.length).toBeGreaterThanOrEqual(2);
  });

  it('imports relative modules with their .ts extension (JSON with its import attribute)', () => {
    const wrong = edges.flatMap((edge) => {
      if (!isRelative(edge.specifier)) return [];
      const exact = posix.normalize(posix.join(posix.dirname(edge.from), edge.specifier));
      if (edge.resolved === undefined) return [`${where(edge)}, which names no file`];
      if (edge.resolved !== exact) {
        const spelled = posix.relative(posix.dirname(edge.from), edge.resolved);
        return [`${where(edge)}: Node does not guess extensions, write '${spelled.startsWith('.') ? spelled : `./${spelled}`}'`];
      }
      if (exact.endsWith('.json')) return edge.attributes['type'] === 'json' ? [] : [`${where(edge)} without \`with { type: 'json' }\``];
      return exact.endsWith('.ts') ? [] : [`${where(edge)}: plain-Node code imports .ts (or .json) files only`];
    });
    expect(wrong).toEqual([]);
  });

  it('imports no astro:* virtual module and no .astro file', () => {
    const wrong = edges
      .filter((edge) => edge.specifier.startsWith('astro:') || edge.specifier.endsWith('.astro') || edge.resolved?.endsWith('.astro'))
      .map((edge) => `${where(edge)}: only Vite (inside Astro) can load it`);
    expect(wrong).toEqual([]);
  });

  it('loads in plain Node', () => {
    // Every module of the closure but the entry points, which start work as soon as they are loaded. JSON files
    // load through the module that imports them, with that module's import attribute.
    const modules = [...closure.keys()].filter((file) => !entries.includes(file) && !file.endsWith('.json'));
    expect(modules.length).toBeGreaterThan(10);
    const loader = `
      import { pathToFileURL } from 'node:url';
      const failures = [];
      for (const file of JSON.parse(process.argv[1])) {
        try { await import(pathToFileURL(file).href); }
        catch (error) { failures.push(file + ': ' + String(error?.message ?? error).split('\\n')[0]); }
      }
      // A module may open a handle (a server, a pool) on load: stop here instead of waiting for it.
      process.stdout.write('\\n@@result@@' + JSON.stringify(failures));
      process.exit(0);`;
    const node = join(root, 'node_modules/.bin/node');
    const run = spawnSync(node, ['--input-type=module', '--eval', loader, JSON.stringify(modules)], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const [, result] = run.stdout.split('\n@@result@@');
    expect(result, `node exited with ${run.status} ${run.signal ?? ''}\n${run.stderr}`).toBeDefined();
    expect(JSON.parse(result!)).toEqual([]);
  });
});
