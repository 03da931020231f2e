import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { hasClass } from './has-class.ts';

/**
 * Whether an element of the story body is interface, not story text: the label of an analysis point
 * (解説ポイント① / Analysis Point 1), the "Source" label of a quote or figure, the footnote heading, the footnote
 * numbers in the text and the ↩ back-links, the actor labels of chronologies and positions, and the wide copy of
 * a chronology. Readers see them; the search index must not, or a query for "source" or
 * "analysis" would find every story and excerpts would read "Analysis Point 1Where talks…".
 */
const interfaceSpans = [
  'analysis-point__label',
  'quote__source-label',
  'figure__credit-label',
  'timeline__source',
  'timeline__actors',
  'positions__actor',
];

function isInterface(el: Element): boolean {
  if (el.tagName === 'span') return interfaceSpans.some((name) => hasClass(el, name));
  // A chronology is in the page twice (a table for wide screens, a list for phones): the index reads the list.
  if (el.tagName === 'div') return hasClass(el, 'timeline__wide');
  if (el.tagName === 'p') return hasClass(el, 'timeline__more') || hasClass(el, 'timeline__sources-title');
  if (el.tagName === 'ol') return hasClass(el, 'timeline__sources');
  if (el.tagName === 'h2') return el.properties['id'] === 'footnote-label';
  if (el.tagName === 'a') return 'dataFootnoteRef' in el.properties || 'dataFootnoteBackref' in el.properties;
  return false;
}

/**
 * Marks the interface parts of a story body with `data-pagefind-ignore`, so Pagefind indexes the story's own
 * words only. It runs after the sanitiser, which allows no `data-*` attribute an editor could write, so the
 * attribute only ever comes from here.
 */
export function rehypeSearchIgnore() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (isInterface(node)) node.properties['dataPagefindIgnore'] = '';
    });
  };
}
