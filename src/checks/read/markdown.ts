import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isLeafDirective } from '../../shared/directives.ts';
import { closeStructure, emptyFacts, readOpening, type BodyFacts } from './body-facts.ts';
import type { TextBlock, TextPiece } from './text.ts';

/** The parts of an mdast/MDX node the walker reads (kept loose so MDX and directive nodes need no casts). */
interface AnyNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  name?: string | null;
  identifier?: string;
  attributes?: unknown;
  children?: AnyNode[];
  data?: Record<string, unknown>;
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
}

// Parse only: remark-gfm and remark-directive add syntax (tables, footnotes, :::blocks) to the parser.
const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective);

const nodeLine = (node: AnyNode) => node.position?.start.line ?? 1;

/** `lang="ja"` on a raw HTML tag. */
const htmlLang = /^<([a-zA-Z][\w-]*)\b[^>]*\blang\s*=/;
const htmlAttr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
};

function jsxAttr(node: AnyNode, name: string): string | undefined {
  if (!Array.isArray(node.attributes)) return undefined;
  for (const a of node.attributes as { type: string; name?: string; value?: unknown }[]) {
    if (a.type === 'mdxJsxAttribute' && a.name === name) return typeof a.value === 'string' ? a.value : '';
  }
  return undefined;
}

/**
 * Reads a story body (the file with its frontmatter blanked out, so lines are file lines) the way the site's
 * Markdown pipeline will, and collects its text, analysis points, links, images and story-block problems.
 * `.mdx` files are read as MDX; if that fails, the problem is reported and the file is read as Markdown so
 * that the other checks still run.
 */
export function readBody(body: string, mdx: boolean): BodyFacts {
  const facts = emptyFacts();
  let tree: AnyNode;
  if (mdx) {
    try {
      tree = mdxParser.parse(body) as unknown as AnyNode;
    } catch (error) {
      const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
      const detail = e.reason ?? e.message ?? String(error);
      const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? Number(/\((\d+):\d+/.exec(detail)?.[1] ?? 1);
      facts.problems.push({ kind: 'mdx-syntax', detail, line });
      tree = markdownParser.parse(body) as unknown as AnyNode;
    }
  } else {
    tree = markdownParser.parse(body) as unknown as AnyNode;
  }

  const definitions = new Map<string, string>();
  const references: { id: string; line: number; image: boolean; alt: string }[] = [];
  const end = body.trimEnd().length;

  const walkBlock = (node: AnyNode, mask?: TextPiece['mask']): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const first = node.children?.[0];
        if (node.type === 'paragraph' && first?.type === 'text' && /^:{3,}\s*[a-zA-Z]/.test(first.value ?? '')) {
          // Looks like a block, but the site will print it as text (a space after :::, or text after the label).
          facts.problems.push({ kind: 'malformed-directive', line: nodeLine(node) });
        }
        const kind = node.data?.['directiveLabel'] ? 'analysis-title' : 'body';
        const block: TextBlock = { kind, pieces: [] };
        const state = { langTag: undefined as string | undefined };
        for (const child of node.children ?? []) walkInline(child, block, mask, state);
        facts.blocks.push(block);
        return;
      }
      case 'code':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'thematicBreak':
      case 'yaml':
        return;
      case 'html':
        readHtml(node.value ?? '', nodeLine(node));
        return;
      case 'definition':
        if (node.identifier && node.url !== undefined) {
          definitions.set(node.identifier.toLowerCase(), node.url);
          facts.links.push({ url: node.url, line: nodeLine(node) });
        }
        return;
      case 'mdxJsxFlowElement':
        readJsx(node);
        for (const child of node.children ?? []) walkBlock(child, jsxAttr(node, 'lang') !== undefined ? 'lang' : mask);
        return;
      case 'leafDirective': {
        if (isLeafDirective(node.name ?? '')) {
          readOpening(facts, nodeLine(node), node.name ?? '', '', (node.attributes ?? {}) as Record<string, string | null | undefined>);
          return;
        }
        // The site puts an accidental `::name` line back as the text it was.
        const start = node.position?.start.offset ?? 0;
        const stop = node.position?.end.offset ?? start;
        facts.blocks.push({ kind: 'body', pieces: [{ value: body.slice(start, stop), line: nodeLine(node) }] });
        return;
      }
      case 'containerDirective': {
        const mark = { images: facts.images.length, blocks: facts.blocks.length, structures: facts.structures.length };
        readDirective(node);
        for (const child of node.children ?? []) {
          // Only an analysis point's label is its title; another block's label is text like any other.
          if (node.name !== 'analysis' && child.data?.['directiveLabel']) child.data['directiveLabel'] = false;
          walkBlock(child, mask);
        }
        const table = node.children?.find((c) => c.type === 'table');
        const rows = table?.children ?? [];
        closeStructure(facts, mark, { columns: rows[0]?.children?.length ?? 0, rows: rows.length });
        return;
      }
      default:
        for (const child of node.children ?? []) walkBlock(child, mask);
    }
  };

  const walkInline = (node: AnyNode, block: TextBlock, mask: TextPiece['mask'], state: { langTag: string | undefined }): void => {
    const effective = state.langTag ? 'lang' : mask;
    const piece = (value: string, m = effective) => block.pieces.push(m ? { value, line: nodeLine(node), mask: m } : { value, line: nodeLine(node) });
    switch (node.type) {
      case 'text':
        piece(node.value ?? '');
        return;
      case 'inlineCode':
      case 'mdxTextExpression':
        piece(node.value ?? '', 'code');
        return;
      case 'break':
        piece('\n');
        return;
      case 'footnoteReference':
        return;
      case 'textDirective': {
        const start = node.position?.start.offset ?? 0;
        piece(body.slice(start, node.position?.end.offset ?? start));
        return;
      }
      case 'html': {
        const value = node.value ?? '';
        readHtml(value, nodeLine(node));
        const open = htmlLang.exec(value);
        if (open) state.langTag = open[1]!.toLowerCase();
        else if (state.langTag && new RegExp(`^</${state.langTag}\\s*>`, 'i').test(value)) state.langTag = undefined;
        piece(value, 'code');
        return;
      }
      case 'link': {
        facts.links.push({ url: node.url ?? '', line: nodeLine(node) });
        // An autolink (<https://…>) shows its address: that is code, not prose.
        const autolink = node.children?.length === 1 && node.children[0]!.value === node.url;
        for (const child of node.children ?? []) walkInline(child, block, autolink ? 'code' : (effective ?? 'link'), state);
        return;
      }
      case 'linkReference':
        references.push({ id: (node.identifier ?? '').toLowerCase(), line: nodeLine(node), image: false, alt: '' });
        for (const child of node.children ?? []) walkInline(child, block, effective ?? 'link', state);
        return;
      case 'image':
        facts.images.push({ url: node.url ?? '', line: nodeLine(node), alt: node.alt ?? '' });
        if (node.alt) facts.blocks.push({ kind: 'image-alt', pieces: [{ value: node.alt, line: nodeLine(node) }] });
        return;
      case 'imageReference':
        references.push({ id: (node.identifier ?? '').toLowerCase(), line: nodeLine(node), image: true, alt: node.alt ?? '' });
        if (node.alt) facts.blocks.push({ kind: 'image-alt', pieces: [{ value: node.alt, line: nodeLine(node) }] });
        return;
      case 'mdxJsxTextElement':
        readJsx(node);
        for (const child of node.children ?? []) walkInline(child, block, jsxAttr(node, 'lang') !== undefined ? 'lang' : mask, state);
        return;
      default:
        for (const child of node.children ?? []) walkInline(child, block, mask, state);
    }
  };

  const readHtml = (html: string, line: number) => {
    for (const tag of html.matchAll(/<(img|a)\b[^>]*>/gi)) {
      const lineHere = line + (html.slice(0, tag.index).match(/\n/g)?.length ?? 0);
      if (tag[1]!.toLowerCase() === 'img') {
        facts.images.push({ url: htmlAttr(tag[0], 'src') ?? '', line: lineHere, alt: htmlAttr(tag[0], 'alt') });
      } else {
        const href = htmlAttr(tag[0], 'href');
        if (href !== undefined) facts.links.push({ url: href, line: lineHere });
      }
    }
  };

  const readJsx = (node: AnyNode) => {
    if (node.name === 'img' || node.name === 'Image') {
      facts.images.push({ url: jsxAttr(node, 'src') ?? '', line: nodeLine(node), alt: jsxAttr(node, 'alt') });
    } else if (node.name === 'a') {
      const href = jsxAttr(node, 'href');
      if (href !== undefined) facts.links.push({ url: href, line: nodeLine(node) });
    }
  };

  const readDirective = (node: AnyNode) => {
    const line = nodeLine(node);
    const name = node.name ?? '';
    const stop = node.position?.end.offset;
    if (stop !== undefined && stop >= end && !/:::\s*$/.test(body.slice(0, stop))) {
      facts.problems.push({ kind: 'unclosed-directive', name, line });
    }
    const label = node.children?.[0];
    const title = label?.data?.['directiveLabel'] ? plainText(label).trim() : '';
    readOpening(facts, line, name, title, (node.attributes ?? {}) as Record<string, string | null | undefined>);
  };

  walkBlock(tree);
  for (const ref of references) {
    const url = definitions.get(ref.id);
    if (url === undefined) continue;
    if (ref.image) facts.images.push({ url, line: ref.line, alt: ref.alt });
  }
  return facts;
}

const plainText = (node: AnyNode): string =>
  node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(plainText).join('');
