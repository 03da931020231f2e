import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../shared/i18n/index.ts';
import { fileLocale } from './file-locale.ts';
import { hasClass } from './has-class.ts';

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
const elements = (node: Element) => node.children.filter((c): c is Element => c.type === 'element');

/**
 * A `:::positions` block (src/markdown/remark-story-directives.ts): its title becomes the table's caption, the
 * header cells column headers, the first cell of each row a row header (the issue), and each position cell gets
 * the name of its actor, which the phone layout shows above it, one card per issue (src/styles/).
 */
function positionsTable(block: Element, issueLabel: string) {
  const title = elements(block).find((el) => el.tagName === 'p' && hasClass(el, 'positions__title'));
  const table = elements(block).find((el) => el.tagName === 'table');
  block.children = block.children.filter((c) => c !== title);
  if (!table) return;
  table.properties['className'] = ['positions__table'];
  if (title)
    table.children.unshift({ type: 'element', tagName: 'caption', properties: { className: ['positions__title'] }, children: title.children });
  const head = elements(table).find((el) => el.tagName === 'thead');
  const actors = head ? elements(elements(head)[0] ?? head).map((th) => textOf(th).trim()) : [];
  for (const th of head ? elements(elements(head)[0] ?? head) : []) th.properties['scope'] = 'col';
  const body = elements(table).find((el) => el.tagName === 'tbody');
  for (const row of body ? elements(body) : []) {
    elements(row).forEach((cell, i) => {
      if (i === 0) {
        cell.tagName = 'th';
        cell.properties['scope'] = 'row';
        return;
      }
      const actor = actors[i] || issueLabel;
      cell.children.unshift({
        type: 'element',
        tagName: 'span',
        properties: { className: ['positions__actor'] },
        children: [{ type: 'text', value: actor }],
      });
    });
  }
}

/**
 * Finishing touches on the story HTML that depend on the file's language:
 * - GFM footnotes get a visible heading and back-link labels from our dictionary (remark-rehype's options are
 *   global, so they cannot differ per language).
 * - Tables are wrapped in a keyboard-focusable scroll region so that wide tables scroll on phones instead of
 *   breaking the layout; a chronology (`::timeline`) and the positions of the parties (`:::positions`) are not:
 *   they change their layout on phones instead.
 */
export function rehypeStoryHtml() {
  return (tree: Root, file: VFile) => {
    const t = useTranslations(fileLocale(file.path));
    let tables = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'h2' && node.properties['id'] === 'footnote-label') {
        node.children = [{ type: 'text', value: t('footnotes.label') }];
        // remark-rehype hides this heading (sr-only); readers of a news story should see where the notes start.
        node.properties['className'] = ['footnotes__title'];
        return undefined;
      }
      if (node.tagName === 'a' && 'dataFootnoteBackref' in node.properties) {
        const target = String(node.properties['href'] ?? '').match(/fnref-(\d+)/);
        node.properties['ariaLabel'] = t('footnotes.backLabel', { number: target?.[1] ?? '' });
        return undefined;
      }
      if (node.tagName === 'div' && hasClass(node, 'positions')) {
        positionsTable(node, t('positions.issue'));
        return SKIP;
      }
      if (node.tagName === 'figure' && hasClass(node, 'timeline')) return SKIP;
      if (node.tagName === 'table' && parent && index !== undefined && !(parent.type === 'element' && hasClass(parent, 'table-wrap'))) {
        tables += 1;
        // A labelled <section> is a region landmark natively (html-validate's prefer-native-element), and it must
        // be focusable so keyboard users can scroll a wide table (axe's scrollable-region-focusable).
        const wrapper: ElementContent = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['table-wrap'], tabIndex: 0, ariaLabel: t('table.label', { number: tables }) },
          children: [node],
        };
        parent.children.splice(index, 1, wrapper);
      }
      return undefined;
    });
  };
}
