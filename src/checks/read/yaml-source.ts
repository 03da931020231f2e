import jsyaml from 'js-yaml';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed YAML text (a data file or a story's frontmatter) that can tell on which line a field is. */
export interface YamlSource {
  /** The plain value, exactly as the site sees it. */
  data: unknown;
  /** The YAML text itself. */
  text: string;
  /** The file line of a field, e.g. `['references', 1, 'url']`; the nearest existing parent if it is missing. */
  fieldLine: (path: readonly PropertyKey[]) => number;
}

export interface YamlProblem {
  line: number;
  /** An error code of the `yaml` library (e.g. `BLOCK_AS_IMPLICIT_KEY`), used to give a hint; `JS_YAML` otherwise. */
  code: string;
  /** What the parser said, without its "at line …" suffix. */
  detail: string;
}

/** Whether a parsed YAML value is a mapping. */
export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The strings of a parsed YAML list (anything else is left to the schema). */
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

const documentOptions = { prettyErrors: true, merge: true, uniqueKeys: true } as const;

/** An alias (`*name`) where YAML allows one: a value, a list item, a flow item. */
const aliasRE = /(?:^|[\s[{,:-])\*[^\s,[\]{}]+/;

/** How many aliases a document may expand in total: more is an attack (nested aliases expand exponentially). */
const maxAliasCount = 100;

/**
 * A document whose aliases expand into too much data (a "billion laughs"): nine lines of nested aliases make
 * billions of values, which no reader of ours should walk. Aliases are rare in our YAML, so only a text that
 * has one is parsed a second time, by the `yaml` library, whose `maxAliasCount` limit measures the expansion.
 *
 * @example aliasProblem('a: &a [x, x]\nb: [*a, *a]\n', 1) // undefined
 */
export function aliasProblem(text: string, firstLine: number): YamlProblem | undefined {
  const first = aliasRE.exec(text);
  if (!first) return undefined;
  const doc = parseDocument(text, documentOptions);
  if (doc.errors.length) return undefined;
  try {
    doc.toJS({ maxAliasCount });
    return undefined;
  } catch (error) {
    if (!(error instanceof ReferenceError)) return undefined;
    const line = text.slice(0, first.index + 1).split('\n').length + firstLine - 1;
    return { line, code: 'ALIAS_COUNT', detail: 'its aliases (*name) expand into too much data' };
  }
}

/**
 * Parses YAML as the site does, with line numbers on demand. `firstLine` is the file line of the text's first
 * line: 1 for a data file, the line of the opening `---` for frontmatter.
 *
 * The values come from js-yaml, the parser Astro itself uses for frontmatter and data files, so that the
 * checks see exactly what the build will see (and reject exactly what it rejects). Lines come from the `yaml`
 * library, which keeps positions, but only when a message needs one: building that second tree for every file
 * would double the cost of the checks. Only the first syntax error is returned: the parser's further
 * complaints are usually consequences of the same mistake.
 *
 * @example parseYaml('title: a\nlead: b\n', 1).source?.fieldLine(['lead']) // 2
 */
export function parseYaml(text: string, firstLine: number): { source?: YamlSource; problem?: YamlProblem } {
  const aliases = aliasProblem(text, firstLine);
  if (aliases) return { problem: aliases };
  let data: unknown;
  try {
    data = jsyaml.load(text);
  } catch (error) {
    // The `yaml` library's errors come with codes we can turn into hints; js-yaml's own message is the fallback.
    const lineCounter = new LineCounter();
    const [first] = parseDocument(text, { ...documentOptions, lineCounter }).errors;
    if (first) {
      const line = first.linePos?.[0]?.line ?? 1;
      const detail = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return { problem: { line: line + firstLine - 1, code: first.code, detail } };
    }
    const e = error as { reason?: string; message?: string; mark?: { line?: number } };
    return { problem: { line: (e.mark?.line ?? 0) + firstLine, code: 'JS_YAML', detail: e.reason ?? e.message ?? String(error) } };
  }
  let located: { doc: Document; toLine: (offset: number) => number } | undefined;
  return {
    source: {
      data,
      text,
      fieldLine: (path) => {
        if (!located) {
          const lineCounter = new LineCounter();
          const doc = parseDocument(text, { ...documentOptions, lineCounter });
          located = { doc, toLine: (offset) => lineCounter.linePos(offset).line + firstLine - 1 };
        }
        return locate(located.doc, path, located.toLine, firstLine);
      },
    },
  };
}

/** {@link rawScalar}'s regex per key (a few date fields), made once: it runs for every story. */
const scalarRE = new Map<string, RegExp>();

/**
 * The text of a top-level scalar as written (quotes removed), e.g. the `2025-02-30` that js-yaml would already
 * have turned into 2 March.
 * @example rawScalar('date: 2025-05-16 # today\n', 'date') // '2025-05-16'
 */
export function rawScalar(text: string, key: string): string | undefined {
  let re = scalarRE.get(key);
  if (!re) scalarRE.set(key, (re = new RegExp(`^${key}[ \\t]*:[ \\t]*(.*?)[ \\t]*(?:[ \\t]#.*)?$`, 'm')));
  const m = re.exec(text);
  if (!m) return undefined;
  return m[1]!.replace(/^(["'])(.*)\1$/, '$2');
}

function locate(doc: Document, path: readonly PropertyKey[], toLine: (o: number) => number, fallback: number): number {
  let node: unknown = doc.contents;
  let best: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) best = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      const range = isNode(item) ? item.range : undefined;
      if (!range) break;
      best = range[0];
      node = item;
    } else {
      break;
    }
  }
  return best === undefined ? fallback : toLine(best);
}
