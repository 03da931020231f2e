// src/markdown/: loaded by plain Node in the render worker (./render-worker.ts), so relative imports name their .ts file.
import type { Element, Root, RootContent } from 'hast';
import { find, html } from 'property-information';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { VFile } from 'vfile';

/** Whether a tree still holds a `raw` node (HTML written in the Markdown that nothing has parsed yet). */
export function hasRawNode(node: Root | RootContent): boolean {
  if (node.type === 'raw') return true;
  return 'children' in node && node.children.some(hasRawNode);
}

/**
 * What the HTML parser's round trip does to the properties of a tree with no raw node: a property set to `true`
 * that is not a boolean attribute (`data-footnote-ref`, which remark-gfm sets) comes back as the empty string,
 * so it is written `data-footnote-ref=""`.
 */
function normalizeProperties(node: Root | RootContent): void {
  if (node.type === 'element') {
    const props = (node as Element).properties;
    for (const key of Object.keys(props)) {
      if (props[key] !== true) continue;
      const info = find(html, key);
      if (!info.boolean && !info.overloadedBoolean) props[key] = '';
    }
  }
  if ('children' in node) for (const child of node.children) normalizeProperties(child);
}

/**
 * Astro's Markdown pipeline ends with rehype-raw, which runs the whole tree through an HTML parser (parse5) to
 * turn `raw` nodes into elements. In a story it has nothing left to do: the sanitiser, our last plugin
 * (./rehype-sanitize-story.ts), already parses any raw HTML before it judges it, and the trees our plugins and
 * remark-rehype build are nested as HTML allows, so the parser gives back the same tree but for the property
 * values it normalises (`normalizeProperties`). That pass was ~15% of
 * the CPU a story took to render. This plugin, which the render worker puts in rehype-raw's place for Astro's
 * pipeline only (./render-worker.ts), runs it only when a `raw` node is still there.
 * `tests/unit/markdown-threads.test.ts` renders every sample, fixture and generated story both ways and
 * requires the same HTML.
 */
export default function rehypeRawWhenNeeded(options?: Options) {
  const raw = rehypeRaw(options);
  return (tree: Root, file: VFile): Root => {
    if (hasRawNode(tree)) return raw(tree, file);
    normalizeProperties(tree);
    return tree;
  };
}
