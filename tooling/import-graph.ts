// tooling/: code the tests and the benchmark share (the site never imports it); each file runs in plain Node.
/**
 * The static import graph of the repository's own modules, read with the TypeScript parser (so an `import` inside a
 * string or a comment is never taken for one). Used by the tests that keep plain-Node code loadable by Node
 * (tests/unit/plain-node.test.ts) and the module graph free of cycles (tests/unit/import-cycles.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** How a module refers to another. */
export type EdgeKind =
  /** `import … from`, `import '…'`, `export … from`: loaded before the module runs. */
  | 'static'
  /** `import('…')` with a literal specifier: loaded when that line runs. */
  | 'dynamic'
  /** `new URL('./x.ts', import.meta.url)`: a file handed to a worker thread (or read) at run time, not imported. */
  | 'url';

/** One reference from a module to another module or file. */
export interface ImportEdge {
  /** The referring file, relative to the repository root, with `/` separators. */
  from: string;
  /** The specifier as written (`./urls.ts`, `node:fs`, `astro:content`). */
  specifier: string;
  /** 1-based line of the reference in `from`. */
  line: number;
  kind: EdgeKind;
  /** `import type` / `export type … from`: erased before Node runs the file (verbatimModuleSyntax), so never loaded. */
  typeOnly: boolean;
  /** The `with { … }` attributes of the import, e.g. `{ type: 'json' }`. */
  attributes: Record<string, string>;
  /** For a relative specifier: the file it names, relative to the root, when one exists (see {@link resolveRelative}). */
  resolved?: string | undefined;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Only relative specifiers name the repository's own files; everything else is a package, `node:` or `astro:` module. */
export const isRelative = (specifier: string) => specifier.startsWith('./') || specifier.startsWith('../');

/**
 * The file a relative specifier names: the exact path when it exists, else the first of the extensions Vite and
 * TypeScript would try (which Node, without Vite, would not).
 * @example resolveRelative('/repo', 'src/a.ts', './b') // 'src/b.ts' when /repo/src/b.ts exists
 */
export function resolveRelative(root: string, from: string, specifier: string): string | undefined {
  const base = resolve(root, dirname(from), specifier);
  const candidates = [base, ...['.ts', '.mts', '.js', '.mjs', '.astro', '.json'].map((ext) => base + ext), join(base, 'index.ts')];
  const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
  return found === undefined ? undefined : toPosix(relative(root, found));
}

/** The script parts of an .astro file (frontmatter and `<script>` blocks) with their first line, so line numbers stay true. */
function astroScripts(source: string): { code: string; firstLine: number }[] {
  const parts: { code: string; firstLine: number }[] = [];
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (frontmatter) parts.push({ code: frontmatter[1]!, firstLine: 2 });
  for (const m of source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    parts.push({ code: m[1]!, firstLine: lineAt(m.index + m[0].indexOf('>') + 1) });
  }
  return parts;
}

function attributesOf(node: ts.ImportDeclaration | ts.ExportDeclaration | ts.CallExpression, file: ts.SourceFile): Record<string, string> {
  const out: Record<string, string> = {};
  if (ts.isCallExpression(node)) {
    // import('./x.json', { with: { type: 'json' } })
    const options = node.arguments[1];
    const withProp =
      options && ts.isObjectLiteralExpression(options)
        ? options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(file) === 'with')
        : undefined;
    if (withProp && ts.isObjectLiteralExpression(withProp.initializer)) {
      for (const p of withProp.initializer.properties) {
        if (ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer))
          out[p.name.getText(file).replace(/^['"]|['"]$/g, '')] = p.initializer.text;
      }
    }
    return out;
  }
  for (const element of node.attributes?.elements ?? []) {
    if (ts.isStringLiteral(element.value))
      out[ts.isStringLiteral(element.name) ? element.name.text : element.name.getText(file)] = element.value.text;
  }
  return out;
}

const moduleExtensions = new Set(['.ts', '.mts', '.js', '.mjs', '.astro']);

/** A relative path to a module file (what `new URL(…, import.meta.url)` may hand a worker), not `..` or an asset. */
const isModulePath = (specifier: string) => isRelative(specifier) && moduleExtensions.has(extname(specifier));

/** The references in one piece of TypeScript or JavaScript, with lines counted from `firstLine`. */
function edgesIn(code: string, fileName: string, from: string, firstLine: number): Omit<ImportEdge, 'resolved'>[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edges: Omit<ImportEdge, 'resolved'>[] = [];
  const add = (node: ts.Node, specifier: string, kind: EdgeKind, typeOnly: boolean, attributes: Record<string, string>) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + firstLine;
    edges.push({ from, specifier, line, kind, typeOnly, attributes });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      // `import { type A } from './a.ts'` stays as `import {} from './a.ts'` under verbatimModuleSyntax: only
      // `import type` is erased.
      add(node, node.moduleSpecifier.text, 'static', node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword, attributesOf(node, file));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, 'static', node.isTypeOnly, attributesOf(node, file));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expr = node.moduleReference.expression;
      if (ts.isStringLiteral(expr)) add(node, expr.text, 'static', node.isTypeOnly, {});
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) add(node, arg.text, 'dynamic', false, attributesOf(node, file));
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      // `typeof import('./a.ts')` in a type position
      add(node, node.argument.literal.text, 'static', true, {});
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
      const [target, base] = node.arguments ?? [];
      if (target && ts.isStringLiteralLike(target) && isModulePath(target.text) && base?.getText(file).replace(/\s/g, '') === 'import.meta.url') {
        add(node, target.text, 'url', false, {});
      }
    } else if (ts.isPropertyAssignment(node) && node.name.getText(file) === 'filename' && ts.isStringLiteralLike(node.initializer)) {
      // Piscina's `filename: './worker.ts'`, should a pool ever name its worker without `new URL`.
      if (isModulePath(node.initializer.text)) add(node, node.initializer.text, 'url', false, {});
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edges;
}

/**
 * Every import, re-export, literal dynamic import and `new URL('…', import.meta.url)` of one file (.ts, .mts, .js,
 * .mjs, or the frontmatter and scripts of an .astro file), relative ones resolved.
 * @example importsOf('/repo', 'scripts/check.ts')[0] // { specifier: 'node:path', kind: 'static', … }
 */
export function importsOf(root: string, file: string): ImportEdge[] {
  const source = readFileSync(join(root, file), 'utf8');
  const parts = file.endsWith('.astro') ? astroScripts(source) : [{ code: source, firstLine: 1 }];
  return parts
    .flatMap(({ code, firstLine }) => edgesIn(code, file, file, firstLine))
    .map((edge) => ({ ...edge, resolved: isRelative(edge.specifier) ? resolveRelative(root, file, edge.specifier) : undefined }));
}

/** The module files under some folders of the root (relative paths, sorted), skipping declaration files. */
export function moduleFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (moduleExtensions.has(extname(entry.name)) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  return out.sort();
}

/** A module graph: each file with its references. */
export type ImportGraph = Map<string, ImportEdge[]>;

/**
 * The files reachable from `entries` through the edges `follow` accepts (by default: everything Node loads at run
 * time, that is static and dynamic imports that are not type-only), with their references.
 */
export function importClosure(
  root: string,
  entries: readonly string[],
  follow: (edge: ImportEdge) => boolean = (edge) => !edge.typeOnly && edge.kind !== 'url',
): ImportGraph {
  const graph: ImportGraph = new Map();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (graph.has(file)) continue;
    // A JSON module has no imports of its own.
    const edges = moduleExtensions.has(extname(file)) ? importsOf(root, file) : [];
    graph.set(file, edges);
    for (const edge of edges) if (edge.resolved && follow(edge) && !graph.has(edge.resolved)) queue.push(edge.resolved);
  }
  return graph;
}

/**
 * The import cycles of a graph through the edges `follow` accepts (by default every import, type-only ones too),
 * each as a path `[a, b, …, a]`: for every file that is on a cycle, the shortest one through it, each loop once,
 * starting at its first file in sort order so the report is stable.
 * @example findCycles(graph) // [['src/a.ts', 'src/b.ts', 'src/a.ts']] when a.ts and b.ts import each other
 */
export function findCycles(graph: ImportGraph, follow: (edge: ImportEdge) => boolean = (edge) => edge.kind !== 'url'): string[][] {
  const next = (file: string) => [
    ...new Set((graph.get(file) ?? []).filter((e) => e.resolved !== undefined && graph.has(e.resolved) && follow(e)).map((e) => e.resolved!)),
  ];
  // Tarjan's strongly connected components, iterative so a deep graph cannot overflow the stack.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: { file: string; children: string[]; i: number }[] = [];
    const open = (file: string) => {
      index.set(file, counter);
      low.set(file, counter);
      counter++;
      stack.push(file);
      onStack.add(file);
      work.push({ file, children: next(file), i: 0 });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++]!;
        if (!index.has(child)) open(child);
        else if (onStack.has(child)) low.set(frame.file, Math.min(low.get(frame.file)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.file, Math.min(low.get(parent.file)!, low.get(frame.file)!));
      if (low.get(frame.file) === index.get(frame.file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.file);
        if (component.length > 1 || next(frame.file).includes(frame.file)) components.push(component.sort());
      }
    }
  }
  // For each file of a component, the shortest way back to itself (breadth-first); the same loop found from two of
  // its files is reported once, rotated to start at its first file in sort order.
  const shortestLoop = (from: string, members: Set<string>): string[] => {
    const cameFrom = new Map<string, string>();
    const queue = [from];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      for (const child of next(file).filter((c) => members.has(c))) {
        if (child === from) {
          const path = [from];
          for (let at: string | undefined = file; at !== undefined && at !== from; at = cameFrom.get(at)) path.splice(1, 0, at);
          return path;
        }
        if (!cameFrom.has(child)) {
          cameFrom.set(child, file);
          queue.push(child);
        }
      }
    }
    return [from];
  };
  const cycles = new Map<string, string[]>();
  for (const component of components) {
    const members = new Set(component);
    for (const file of component) {
      const loop = shortestLoop(file, members);
      const first = loop.indexOf([...loop].sort()[0]!);
      const rotated = [...loop.slice(first), ...loop.slice(0, first)];
      cycles.set(rotated.join('\n'), [...rotated, rotated[0]!]);
    }
  }
  return [...cycles.values()].sort((a, b) => a.join('\n').localeCompare(b.join('\n')));
}
