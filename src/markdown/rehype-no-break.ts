import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { splitNoBreak } from '../shared/no-break.ts';
import { fileLocale } from './file-locale.ts';

/** Code is quoted as written; an existing no-break span or a <time> is already one piece. */
const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template', 'time']);

const isNoBreak = (el: Element) => Array.isArray(el.properties['className']) && el.properties['className'].includes('nb');

/**
 * Wraps the dates and numbers with counters of a story's body in `<span class="nb">` (src/shared/no-break.ts), so
 * that 「2025年5月16日」 and "30 September 2022" never break across lines, in paragraphs and table cells alike.
 * It runs last, after the sanitiser (which would drop our class) and the glossary (whose matcher reads the text
 * nodes whole): a span changes no text, so search indexing and the glossary see the same words.
 */
export function rehypeNoBreak() {
  return (tree: Root, file: VFile) => {
    const lang = fileLocale(file.path);
    const walk = (parent: Root | Element) => {
      const out: ElementContent[] = [];
      let changed = false;
      for (const node of parent.children as ElementContent[]) {
        if (node.type === 'element') {
          if (!SKIP.has(node.tagName) && !isNoBreak(node)) walk(node);
          out.push(node);
        } else if (node.type === 'text') {
          const parts = splitNoBreak(node.value, lang);
          if (parts.length === 1 && !parts[0]!.nb) {
            out.push(node);
            continue;
          }
          changed = true;
          for (const p of parts) {
            out.push(
              p.nb
                ? { type: 'element', tagName: 'span', properties: { className: ['nb'] }, children: [{ type: 'text', value: p.text }] }
                : { type: 'text', value: p.text },
            );
          }
        } else out.push(node);
      }
      if (changed) parent.children = out;
    };
    walk(tree);
  };
}
