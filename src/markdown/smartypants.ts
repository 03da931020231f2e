import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import type { VFile } from 'vfile';
import { fileLocale } from './file-locale.ts';

/**
 * SmartyPants (curly quotes, dashes, ellipses) for English stories only, in place of the processor's global
 * `smartypants` switch: Japanese uses 「」 and full-width punctuation, which SmartyPants leaves alone.
 *
 * The typography itself is retext-smartypants, the engine of remark-smartypants (what Astro's unified processor
 * runs), with the same two passes and so the same output, which `tests/unit/markdown.test.ts` compares on real
 * and generated stories. remark-smartypants hands *all* the text of a story to the retext parser twice (once
 * as a whole for quotes, then every text node again for dashes and ellipses), which made it the most expensive
 * step of the Markdown pipeline: 4 ms of the 7 ms an English story took (docs/performance.md). Here the parser
 * only sees text that has something to change:
 *
 * 1. Quotes, per block (paragraph, heading, table cell), only in blocks that contain `"` or `'`. A quote's
 *    direction depends on its neighbours within the sentence; remark-smartypants already separates blocks by a
 *    space when it joins them, so no neighbour a quote looks at lies in another block.
 * 2. Dashes, ellipses and backtick quotes, per text node, only in nodes that contain `--`, three dots or
 *    doubled backticks/apostrophes.
 */
export function remarkSmartypantsEnglish() {
  // Quotes need to see across inline nodes ("**Talks** resume"), so they run on a block's joined text, where
  // the rest would change the text's length and break the way back to the nodes: that is why two passes.
  const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(retextSmartypants, { quotes: false });
  return (tree: Root, file: VFile): void => {
    if (fileLocale(file.path) !== 'en') return;
    for (const block of phrasingBlocks(tree)) educateQuotes(block, quotes);
    for (const node of textNodes(tree)) {
      if (restCandidate.test(node.value)) node.value = rest.processSync(node.value).toString();
    }
  };
}

type Literal = Extract<Nodes, { value: string }>;

/** Text that pass 2 may change: `--`, `...` or `. . .`, ``` `` ``` or `''`. Anything else it leaves as is. */
const restCandidate = /--|\.\s*\.\s*\.|``|''/;
const quoteCandidate = /["']/;

/** Nodes whose phrasing content starts fresh: remark-smartypants's boundaries between joined text. */
const blockTypes = new Set(['paragraph', 'heading', 'tableCell', 'leafDirective']);
/** Inside these (raw HTML/MDX elements), text is code, not prose. */
const ignoredElements = new Set(['style', 'script']);

/** Paragraphs, headings and table cells, outermost first, skipping those inside MDX `<style>`/`<script>`. */
function phrasingBlocks(tree: Root): Parents[] {
  const found: Parents[] = [];
  const walk = (node: Nodes): void => {
    if (!('children' in node) || isIgnored(node)) return;
    if (blockTypes.has(node.type)) found.push(node);
    for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

/** Text nodes (not inline code), wherever they are, for pass 2. */
function textNodes(tree: Root): Extract<Nodes, { type: 'text' }>[] {
  const found: Extract<Nodes, { type: 'text' }>[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'text') found.push(node);
    else if ('children' in node && !isIgnored(node)) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

function isIgnored(node: Nodes): boolean {
  return node.type === 'mdxJsxTextElement' && typeof node.name === 'string' && ignoredElements.has(node.name);
}

/**
 * Pass 1 on one block: join its literal text (inline code stands in as letters, so quotes around it pair as
 * around a word, and is never changed), educate the quotes once, and give each text node its slice back. Quote
 * characters map one to one, so slices keep their lengths. A block nested in another (none in mdast today)
 * would be its own block, as in remark-smartypants.
 */
function educateQuotes(block: Parents, quotes: { processSync(text: string): { toString(): string } }): void {
  const literals: Literal[] = [];
  const collect = (node: Nodes): void => {
    if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) {
      literals.push(node);
    } else if ('children' in node && !blockTypes.has(node.type) && !isIgnored(node)) {
      for (const child of node.children) collect(child);
    }
  };
  for (const child of block.children) collect(child);
  let joined = '';
  for (const node of literals) joined += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
  if (!quoteCandidate.test(joined)) return;
  // The leading space is the one remark-smartypants puts before every block: a quote at the start opens.
  const educated = quotes.processSync(` ${joined}`).toString().slice(1);
  let start = 0;
  for (const node of literals) {
    const end = start + node.value.length;
    if (node.type === 'text') node.value = educated.slice(start, end);
    start = end;
  }
}
