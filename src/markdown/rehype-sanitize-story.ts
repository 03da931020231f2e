import type { Element, ElementContent, Nodes, Parents, Properties, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import type { VFile } from 'vfile';
import { storyHtmlSchema, storyMdxComponents } from '../shared/story-html.ts';

/** Node types MDX adds to hast (@mdx-js/mdx's `nodeTypes`). */
const mdxNodeTypes = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

interface MdxJsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxJsxAttribute[];
  children: RootContent[];
  position?: Element['position'];
}

const isMdxJsx = (node: { type: string }): node is MdxJsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Attributes written with a quoted value (or none, `<br />`): `{…}` values and `{...spread}` are code. */
function literalAttributes(node: MdxJsxElement): Array<{ name: string; value: string | null }> | undefined {
  const out: Array<{ name: string; value: string | null }> = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') return undefined;
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') return undefined;
    out.push({ name: attribute.name, value: (attribute.value as string | null | undefined) ?? null });
  }
  return out;
}

/**
 * The last step of the story pipeline, for `.md` and `.mdx` alike: the HTML is cut down to what
 * src/shared/story-html.ts allows. Whatever else a story contains (a `<script>`, `onclick=`, `<meta
 * http-equiv>`, `<iframe>`, `<base>`, a `javascript:` link…) never reaches a page; the content checks report it
 * to the editor first.
 *
 * Order: Astro runs its own rehype-raw after every rehype plugin (and only then would raw HTML become
 * elements), so this plugin parses the raw HTML itself first; Astro's pass then finds nothing left to parse.
 * It must be the last plugin in ./index.ts so that it sees what our own plugins added.
 *
 * MDX: hast-util-sanitize drops MDX's own node types. In an MDX story, lowercase JSX (`<span lang="ja">`) is
 * plain HTML and becomes an element that the schema judges like any other; a component the site passes in
 * (`storyMdxComponents`) stays, with literal attributes only, its children sanitised; ESM (`import`/`export`)
 * and `{expressions}` are refused before compilation (./remark-mdx-no-code.ts) and dropped here as well.
 */
export function rehypeSanitizeStory() {
  return (tree: Root, file: VFile) => {
    const isMdx = /\.mdx$/i.test(file.path ?? '');
    let hasRaw = false;
    walk(tree, (node) => {
      if (node.type === 'raw') hasRaw = true;
    });
    if (hasRaw) {
      const parsed = raw(tree, { file, passThrough: mdxNodeTypes }) as Root;
      tree.children = parsed.children;
    }

    // Components are set aside under a placeholder tag (unguessable: a fresh name per file) while the rest is
    // sanitised, then put back around their sanitised children.
    const components: MdxJsxElement[] = [];
    const placeholder = `digest-component-${Math.random().toString(36).slice(2)}-`;
    if (isMdx) replaceMdx(tree, components, placeholder);
    const schema: Schema = components.length
      ? { ...storyHtmlSchema, tagNames: [...(storyHtmlSchema.tagNames ?? []), ...components.map((_, i) => placeholder + i)] }
      : storyHtmlSchema;
    const clean = sanitize(tree, schema) as Root;
    if (components.length) restoreComponents(clean, components, placeholder);
    // A class attribute whose every value was refused would still be written out, empty.
    walk(clean, (node) => {
      if (node.type === 'element' && Array.isArray(node.properties['className']) && node.properties['className'].length === 0) {
        delete node.properties['className'];
      }
    });
    tree.children = clean.children;
  };
}

function replaceMdx(parent: Parents, components: MdxJsxElement[], placeholder: string): void {
  const next: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    const node = child as unknown as { type: string };
    if (isMdxJsx(node)) {
      const attributes = literalAttributes(node);
      if (node.name && storyMdxComponents.includes(node.name) && attributes) {
        const index = components.push(node) - 1;
        const stand: Element = { type: 'element', tagName: placeholder + index, properties: {}, children: node.children as ElementContent[] };
        replaceMdx(stand, components, placeholder);
        next.push(stand);
      } else if (node.name && /^[a-z][a-z0-9]*$/.test(node.name) && attributes) {
        const properties: Properties = {};
        for (const { name, value } of attributes) {
          const info = find(html, name);
          properties[info.property] = value ?? (info.boolean ? true : '');
        }
        const element: Element = {
          type: 'element',
          tagName: node.name,
          properties,
          children: node.children as ElementContent[],
          ...(node.position ? { position: node.position } : {}),
        };
        replaceMdx(element, components, placeholder);
        next.push(element);
      }
      // Anything else (an unknown component, a fragment, attributes that are code) is dropped, content and all.
      continue;
    }
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // Refused before compilation (./remark-mdx-no-code.ts); kept out of the page in any case.
      continue;
    }
    if ('children' in child) replaceMdx(child as Parents, components, placeholder);
    next.push(child);
  }
  parent.children = next as never;
}

function restoreComponents(parent: Parents, components: MdxJsxElement[], placeholder: string): void {
  parent.children = (parent.children as RootContent[]).map((child) => {
    if ('children' in child) restoreComponents(child as Parents, components, placeholder);
    if (child.type === 'element' && child.tagName.startsWith(placeholder)) {
      const original = components[Number(child.tagName.slice(placeholder.length))]!;
      return { ...original, children: child.children } as unknown as RootContent;
    }
    return child;
  }) as never;
}

function walk(node: Nodes, visitor: (node: Nodes) => void): void {
  visitor(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visitor);
}
