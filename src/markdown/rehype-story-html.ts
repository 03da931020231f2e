import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../shared/i18n/index.ts';
import { fileLocale } from './file-locale.ts';

const hasClass = (el: Element, name: string) => {
  const cls = el.properties['className'];
  return Array.isArray(cls) && cls.includes(name);
};

/**
 * Finishing touches on the story HTML that depend on the file's language:
 * - GFM footnotes get a visible heading and back-link labels from our dictionary (remark-rehype's options are
 *   global, so they cannot differ per language).
 * - Tables are wrapped in a keyboard-focusable scroll region so that wide tables scroll on phones instead of
 *   breaking the layout.
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
        return;
      }
      if (node.tagName === 'a' && 'dataFootnoteBackref' in node.properties) {
        const target = String(node.properties['href'] ?? '').match(/fnref-(\d+)/);
        node.properties['ariaLabel'] = t('footnotes.backLabel', { number: target?.[1] ?? '' });
        return;
      }
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
    });
  };
}
