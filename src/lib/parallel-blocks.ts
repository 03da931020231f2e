import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSchema } from 'property-information';

/**
 * What a block of a story body is, for aligning two language versions block by block:
 * - `intro`: what comes before the first `##` section;
 * - `section`: a `##` heading and what follows it;
 * - `analysis`: an `:::analysis` point (`<section class="analysis-point">`, src/markdown/remark-story-directives.ts);
 * - `quote`: a `:::quote` (`<figure class="quote">`);
 * - `text`: what follows an analysis point or a quote inside the same section (or intro);
 * - `footnotes`: the footnotes at the end (`<section data-footnotes>`).
 */
export type BodyBlockKind = 'intro' | 'section' | 'analysis' | 'quote' | 'text' | 'footnotes';

export interface BodyBlock {
  /**
   * Where the block stands in the story, the same in both languages when their structure is the same:
   * `intro`, `section-2`, `analysis-1`, `quote-3`, `section-2.1` (the first stretch of text after a quote or
   * analysis point in section 2), `footnotes`.
   */
  key: string;
  kind: BodyBlockKind;
  /** 1-based number among the blocks of its kind (sections, analysis points, quotes); 0 for the others. */
  number: number;
  /** The block's HTML, with every id (and the links and references to it) prefixed. */
  html: string;
}

const classes = (el: Element): string[] => {
  const cls = el.properties['className'];
  return Array.isArray(cls) ? cls.map(String) : [];
};

const isBlank = (node: RootContent): boolean =>
  (node.type === 'text' && node.value.trim() === '') || node.type === 'comment' || node.type === 'doctype';

/** Properties that name other elements by id (hast property names). */
const idRefProps = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaDetails', 'ariaOwns', 'htmlFor'];

/**
 * Prefixes every id in a tree, and the in-page links and ARIA references to them, so that two rendered stories
 * can share a page without two elements having the same id (footnotes, `analysis-N`, heading slugs).
 */
function prefixIds(nodes: readonly (Root | ElementContent | RootContent)[], prefix: string): void {
  for (const node of nodes) {
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element') {
      const props = node.properties;
      if (typeof props['id'] === 'string' && props['id'] !== '') props['id'] = prefix + props['id'];
      const href = props['href'];
      if (typeof href === 'string' && href.startsWith('#') && href.length > 1) {
        props['href'] = `#${prefix}${href.slice(1)}`;
      }
      for (const name of idRefProps) {
        const value = props[name];
        if (Array.isArray(value)) props[name] = value.map((v) => prefix + String(v));
        else if (typeof value === 'string' && value !== '') {
          props[name] = value
            .split(/\s+/)
            .filter(Boolean)
            .map((v) => prefix + v)
            .join(' ');
        }
      }
      if (node.tagName === 'template') continue;
    }
    prefixIds(node.children, prefix);
  }
}

/** A top-level node of a story body, as the splitting needs it. */
interface TopNode {
  /** Whitespace, a comment or a doctype: dropped where a block starts or ends. */
  blank: boolean;
  /** The block this node starts, if it starts one. */
  starts: 'section' | 'analysis' | 'quote' | 'footnotes' | undefined;
  /** The node's HTML, ids prefixed. */
  html: string;
}

/** The block a top-level element starts, from its tag name, its classes and whether it has `data-footnotes`. */
function startsBlock(tagName: string, cls: readonly string[], footnotes: boolean): TopNode['starts'] {
  if (tagName === 'h2') return 'section';
  if (tagName === 'section' && cls.includes('analysis-point')) return 'analysis';
  if (tagName === 'figure' && cls.includes('quote')) return 'quote';
  if (tagName === 'section' && (footnotes || cls.includes('footnotes'))) return 'footnotes';
  return undefined;
}

/** The top-level nodes through an HTML parser (parse5) and hast: any HTML. */
function parsedTopNodes(html: string, idPrefix: string): TopNode[] {
  const tree = fromHtml(html, { fragment: true });
  if (idPrefix) prefixIds([tree], idPrefix);
  return tree.children.map((node) => ({
    blank: isBlank(node),
    starts: node.type === 'element' ? startsBlock(node.tagName, classes(node), 'dataFootnotes' in node.properties) : undefined,
    html: toHtml(node),
  }));
}

/** Elements that have no end tag. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** A comment, or a start or end tag with its attributes (quoted values may hold `>`). */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*")*)>/g;
/** One attribute as hast-util-to-html writes it: a name, and a double-quoted value unless it is boolean. */
const ATTRIBUTE = /\s([^\s="'>/]+)(?:="([^"]*)")?/g;
/** The attribute names of `idRefProps`, as they are written in HTML. */
const ID_REF_ATTRIBUTES = new Set(idRefProps.map((prop) => find(htmlSchema, prop).attribute));
/**
 * What only a real HTML parser reads right: raw-text and foreign elements, templates, other quoting, doctypes,
 * CDATA, and the `&#34;` Astro writes in the attributes of the images it renders (hast-util-to-html would write
 * `&#x22;`).
 */
const NEEDS_PARSER =
  /<(?:script|style|textarea|title|pre|listing|plaintext|xmp|iframe|noscript|noembed|noframes|svg|math|template|!(?!--))|&#34;|='|<\w[^>]*\s\w[\w-]*=[^"\s>]/i;

/**
 * The attributes of a start tag with ids and references to them prefixed, as `prefixIds` does; undefined when
 * they are not written as hast-util-to-html writes them (an upper-case name, which a parser would lower-case; a
 * value-less attribute that is not boolean).
 */
function prefixAttributes(attributes: string, prefix: string): string | undefined {
  let out = '';
  let at = 0;
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    const [whole, name, value] = match as unknown as [string, string, string | undefined];
    if (match.index !== at || name !== name.toLowerCase()) return undefined;
    // A parser gives a value-less attribute the value '', which is written `=""` unless the attribute is boolean.
    if (value === undefined) {
      const info = find(htmlSchema, name);
      if (!info.boolean && !info.overloadedBoolean) return undefined;
    }
    at += whole.length;
    if (!prefix || value === undefined || value === '') out += whole;
    else if (name === 'id') out += ` id="${prefix}${value}"`;
    else if (name === 'href') out += value.length > 1 && value.startsWith('#') ? ` href="#${prefix}${value.slice(1)}"` : whole;
    else if (ID_REF_ATTRIBUTES.has(name)) {
      const ids = value.split(/[ \t\n\f\r]+/).filter(Boolean);
      out += ` ${name}="${ids.map((v) => prefix + v).join(' ')}"`;
    } else out += whole;
  }
  return at === attributes.length ? out : undefined;
}

/**
 * The top-level nodes read straight from the text, without a parser, when the HTML is what hast-util-to-html
 * writes (which a story body is: Astro renders it with rehype-stringify): well nested, attributes double-quoted,
 * no raw-text or foreign elements. Reading it through a parser and writing it again gives back the same text, so
 * cutting the text between top-level tags and prefixing ids in place gives the same blocks as
 * `parsedTopNodes`, several times faster. Undefined for anything else (`NEEDS_PARSER`, a stray end tag), which
 * then goes through the parser. `tests/unit/parallel-blocks.test.ts` compares both on every sample, fixture and
 * generated story.
 */
function scannedTopNodes(html: string, idPrefix: string): TopNode[] | undefined {
  if (NEEDS_PARSER.test(html)) return undefined;
  const nodes: TopNode[] = [];
  const out: string[] = [];
  /** The names of the elements open around the current point, outermost first. */
  const open: string[] = [];
  let at = 0;
  let starts: TopNode['starts'];
  const text = (from: number, to: number) => {
    if (to <= from) return;
    const value = html.slice(from, to);
    if (open.length === 0) nodes.push({ blank: value.trim() === '', starts: undefined, html: value });
    else out.push(value);
  };
  for (const match of html.matchAll(TAG)) {
    const index = match.index;
    text(at, index);
    at = index + match[0].length;
    const [whole, close, name, attributes = ''] = match;
    if (name === undefined) {
      // A comment.
      if (open.length === 0) nodes.push({ blank: true, starts: undefined, html: whole });
      else out.push(whole);
      continue;
    }
    if (name !== name.toLowerCase()) return undefined;
    if (close) {
      if (attributes !== '' || open.pop() !== name) return undefined;
      out.push(whole);
      if (open.length === 0) {
        nodes.push({ blank: false, starts, html: out.join('') });
        out.length = 0;
      }
      continue;
    }
    const prefixed = prefixAttributes(attributes, idPrefix);
    if (prefixed === undefined) return undefined;
    const tag = `<${name}${prefixed}>`;
    if (open.length === 0) {
      const cls = /\sclass="([^"]*)"/.exec(attributes)?.[1]?.split(/[ \t\n\f\r]+/) ?? [];
      starts = startsBlock(name, cls, /\sdata-footnotes(?:[\s=]|$)/.test(attributes));
    }
    if (VOID_ELEMENTS.has(name)) {
      if (open.length === 0) nodes.push({ blank: false, starts, html: tag });
      else out.push(tag);
      continue;
    }
    out.push(tag);
    open.push(name);
  }
  text(at, html.length);
  // Unclosed elements: not what hast-util-to-html writes.
  return open.length === 0 ? nodes : undefined;
}

/** Whether `splitStoryHtml` reads this HTML without a parser (for the tests). */
export const readsWithoutParser = (html: string): boolean => scannedTopNodes(html, '') !== undefined;

/**
 * Splits a story's rendered HTML into its blocks (see {@link BodyBlockKind}), at the top-level `<h2>` headings,
 * the analysis points, the quotes and the footnotes. Ids get `idPrefix`, so that two versions can be shown on one
 * page. Nothing is lost: the blocks' HTML together is the whole input.
 * `parser: true` always reads the HTML with a parser (the tests compare both ways).
 * @example splitStoryHtml('<p>a</p><h2>One</h2><p>b</p><figure class="quote">…</figure><p>c</p>').map((b) => b.key)
 * // ['intro', 'section-1', 'quote-1', 'section-1.1']
 */
export function splitStoryHtml(html: string, idPrefix = '', { parser = false } = {}): BodyBlock[] {
  const top = (parser ? undefined : scannedTopNodes(html, idPrefix)) ?? parsedTopNodes(html, idPrefix);

  const blocks: { key: string; kind: BodyBlockKind; number: number; nodes: TopNode[] }[] = [];
  const counts = { section: 0, analysis: 0, quote: 0 };
  // The stretch of text that loose content joins, if it is still open; else a new `text` block starts.
  let open: (typeof blocks)[number] | undefined;
  let parts = 0;
  const sectionKey = () => (counts.section ? `section-${counts.section}` : 'intro');

  for (const node of top) {
    const kind = node.starts;
    if (kind === 'section') {
      counts.section += 1;
      parts = 0;
      open = { key: sectionKey(), kind: 'section', number: counts.section, nodes: [node] };
      blocks.push(open);
      continue;
    }
    if (kind === 'analysis' || kind === 'quote') {
      counts[kind] += 1;
      blocks.push({ key: `${kind}-${counts[kind]}`, kind, number: counts[kind], nodes: [node] });
      open = undefined;
      continue;
    }
    if (kind === 'footnotes') {
      blocks.push({ key: 'footnotes', kind, number: 0, nodes: [node] });
      open = undefined;
      continue;
    }
    if (!open) {
      if (node.blank) continue;
      const intro = !counts.section && !blocks.length;
      if (!intro) parts += 1;
      open = intro ? { key: 'intro', kind: 'intro', number: 0, nodes: [] } : { key: `${sectionKey()}.${parts}`, kind: 'text', number: 0, nodes: [] };
      blocks.push(open);
    }
    open.nodes.push(node);
  }

  return blocks.map(({ nodes, ...block }) => {
    // Trailing whitespace between blocks carries nothing.
    while (nodes.length && nodes[nodes.length - 1]!.blank) nodes.pop();
    return { ...block, html: nodes.map((n) => n.html).join('') };
  });
}

/** The splits of the last few bodies, newest last (see `splitStoryHtmlOnce`). */
const recentSplits = new Map<string, BodyBlock[]>();
// Astro renders a few pages at once (`build.concurrency` in astro.config.mjs): room for several stories' bodies.
const RECENT_SPLITS = 16;

/**
 * `splitStoryHtml`, remembered for the last few bodies: the side-by-side pages of a story in each language split
 * the same two bodies, and Astro renders them one after the other (in `getStaticPaths` order), so each body is
 * parsed once instead of once per language. A few entries, not the archive: memory does not grow with it.
 * The blocks returned are shared; callers must not change them.
 */
export function splitStoryHtmlOnce(html: string, idPrefix = ''): readonly BodyBlock[] {
  const key = `${idPrefix}\u0000${html}`;
  const known = recentSplits.get(key);
  if (known) return known;
  const blocks = splitStoryHtml(html, idPrefix);
  recentSplits.set(key, blocks);
  if (recentSplits.size > RECENT_SPLITS) recentSplits.delete(recentSplits.keys().next().value!);
  return blocks;
}

/** One row of a parallel reading: the block of each version at the same place, or `undefined` where one has none. */
export interface AlignedRow<T extends { key: string }> {
  key: string;
  a: T | undefined;
  b: T | undefined;
}

/**
 * Pairs the blocks of two versions by key, in reading order: blocks both versions have share a row; a block only
 * one has gets a row of its own, where it stands in that version. (Should the two orders cross, the row follows
 * `a`'s order.)
 * @example alignBlocks([{ key: 'intro' }, { key: 'section-1' }], [{ key: 'intro' }]).map((r) => [r.key, !!r.a, !!r.b])
 * // [['intro', true, true], ['section-1', true, false]]
 */
export function alignBlocks<T extends { key: string }>(a: readonly T[], b: readonly T[]): AlignedRow<T>[] {
  const inA = new Set(a.map((x) => x.key));
  const indexInB = new Map(b.map((y, i) => [y.key, i]));
  const rows: AlignedRow<T>[] = [];
  // b's blocks before position j have had their row.
  let j = 0;
  const flushB = (until: number) => {
    for (; j < until; j++) {
      const y = b[j]!;
      if (!inA.has(y.key)) rows.push({ key: y.key, a: undefined, b: y });
    }
  };
  for (const x of a) {
    const at = indexInB.get(x.key);
    // b's blocks that a lacks, up to the match, come first, where b has them.
    if (at !== undefined && at >= j) {
      flushB(at);
      j = at + 1;
    }
    rows.push({ key: x.key, a: x, b: at === undefined ? undefined : b[at] });
  }
  flushB(b.length);
  return rows;
}

/** How many blocks of each numbered kind a version has, for saying where two versions differ. */
export function countBlocks(blocks: readonly BodyBlock[]): Record<'section' | 'analysis' | 'quote', number> {
  const counts = { section: 0, analysis: 0, quote: 0 };
  for (const b of blocks) if (b.kind === 'section' || b.kind === 'analysis' || b.kind === 'quote') counts[b.kind] += 1;
  return counts;
}
