import { isLeafDirective } from '../../shared/directives.ts';
import { closeStructure, emptyFacts, readOpening, type BodyFacts } from './body-facts.ts';
import type { TextBlock, TextPiece } from './text.ts';

/**
 * A fast, line-based reader for `.md` story bodies that collects the same facts as {@link readBody} (text
 * blocks, analysis points, links, images, story-block problems) without building a full syntax tree.
 *
 * Why: the checks run before every build, and a full micromark parse of every story costs about as much as the
 * rest of the checks together (several seconds per thousand stories). This reader follows the CommonMark
 * block rules that matter for the checks: fenced code, HTML comments and blocks, headings, lists, quotes,
 * tables, footnote and link definitions, and the story's `:::` container blocks. A test compares it with the
 * micromark reader on every story in the repository. `.mdx` files, which need the MDX parser to find syntax
 * errors anyway, still go through {@link readBody}.
 */
export function scanMarkdown(body: string): BodyFacts {
  const facts = emptyFacts();
  const lines = body.split('\n');
  const stack: {
    name: string;
    colons: number;
    line: number;
    mark: { images: number; blocks: number; structures: number };
    table: { columns: number; rows: number };
  }[] = [];
  const finish = (open: (typeof stack)[number]) => closeStructure(facts, open.mark, open.table);
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  let inHtml = false;
  let paragraph: { text: string; firstLine: number } | undefined;
  const definitions = new Map<string, string>();
  const references: { id: string; line: number; alt: string }[] = [];

  const flush = () => {
    if (paragraph) inline(paragraph.text, paragraph.firstLine, 'body', facts, references);
    paragraph = undefined;
  };
  const addText = (text: string, lineNo: number) => {
    if (!paragraph) paragraph = { text: '', firstLine: lineNo };
    paragraph.text += (paragraph.text ? '\n' : '') + text;
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (!line.trim()) {
      flush();
      inHtml = false;
      continue;
    }
    if (inHtml) {
      readHtml(line, lineNo, facts);
      continue;
    }
    // Block quote and list markers only change where the text starts.
    let content = line;
    let marker = false;
    for (;;) {
      const quote = /^ {0,3}>\s?/.exec(content);
      if (quote) {
        content = content.slice(quote[0].length);
        continue;
      }
      const item = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+|$)/.exec(content);
      if (item && !/^\s*([-*_])(\s*\1){2,}\s*$/.test(content)) {
        content = content.slice(item[0].length);
        marker = true;
        continue;
      }
      break;
    }
    if (marker) flush();
    const open = /^\s*(`{3,}|~{3,})/.exec(content);
    if (open) {
      flush();
      fence = { char: open[1]![0]!, length: open[1]!.length };
      continue;
    }
    if (/^\s*<!--/.test(content)) {
      flush();
      if (!content.slice(content.indexOf('<!--') + 4).includes('-->')) inComment = true;
      continue;
    }
    const leaf = !paragraph && /^\s*::([a-zA-Z][\w-]*)(.*)$/.exec(content);
    if (leaf && isLeafDirective(leaf[1]!) && labelAndAttributes(leaf[2]!)) {
      openDirective(leaf[1]!, leaf[2]!, lineNo, facts);
      continue;
    }
    const directive = /^\s*(:{3,})([a-zA-Z][\w-]*)(.*)$/.exec(content);
    if (directive && labelAndAttributes(directive[3]!)) {
      flush();
      const [, colons, name, rest] = directive as unknown as [string, string, string, string];
      const mark = { images: facts.images.length, blocks: facts.blocks.length, structures: facts.structures.length };
      stack.push({ name, colons: colons.length, line: lineNo, mark, table: { columns: 0, rows: 0 } });
      openDirective(name, rest, lineNo, facts);
      continue;
    }
    if (!paragraph && /^\s*:{3,}\s*[a-zA-Z]/.test(content)) {
      // Looks like a block, but the site will print it as text (a space after :::, or text after the label).
      facts.problems.push({ kind: 'malformed-directive', line: lineNo });
    }
    const closing = /^\s*(:{3,})\s*$/.exec(content);
    if (closing) {
      flush();
      const top = stack[stack.length - 1];
      if (top && closing[1]!.length >= top.colons) {
        stack.pop();
        finish(top);
      }
      continue;
    }
    if (!paragraph && isHtmlBlockStart(content)) {
      inHtml = true;
      readHtml(content, lineNo, facts);
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(content) || /^\s*=+\s*$/.test(content)) {
      flush();
      continue;
    }
    const definition = /^\s*\[([^\]^][^\]]*)\]:\s*<?([^\s>]*)>?/.exec(content);
    if (definition && !paragraph) {
      definitions.set(definition[1]!.trim().toLowerCase(), definition[2]!);
      facts.links.push({ url: definition[2]!, line: lineNo });
      continue;
    }
    const footnote = /^\s*\[\^[^\]]+\]:\s?/.exec(content);
    if (footnote) {
      flush();
      addText(content.slice(footnote[0].length), lineNo);
      continue;
    }
    const heading = /^\s*#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/.exec(content);
    if (heading) {
      flush();
      inline(heading[1]!, lineNo, 'body', facts, references);
      continue;
    }
    if (/^\s*\|/.test(content) || (/\|/.test(content) && /^\s*\|?\s*:?-+:?\s*\|/.test(lines[i + 1] ?? ''))) {
      // A table row: every row is a block of its own; the delimiter row has no text.
      flush();
      const top = stack[stack.length - 1];
      if (!/^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/.test(content)) {
        if (top?.name === 'positions') {
          if (!top.table.rows) top.table.columns = tableCells(content);
          top.table.rows++;
        }
        for (const cell of content.replace(/\\\|/g, '\u0000').split('|')) {
          if (cell.trim()) inline(cell.replaceAll('\u0000', '|').trim(), lineNo, 'body', facts, references);
        }
      }
      continue;
    }
    addText(content, lineNo);
  }
  flush();
  for (const open of stack.toReversed()) finish(open);
  for (const open of stack) facts.problems.push({ kind: 'unclosed-directive', name: open.name, line: open.line });
  for (const ref of references) {
    const url = definitions.get(ref.id);
    if (url !== undefined) facts.images.push({ url, line: ref.line, alt: ref.alt });
  }
  return facts;
}

/**
 * The cells of a GFM table row, as remark-gfm counts them: pipes at the ends are optional, `\|` is text.
 * @example tableCells('| Issue | Ukraine | Russia |') // 3
 */
function tableCells(row: string): number {
  const inner = row.replace(/\\\|/g, '').trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').length;
}

/** HTML that starts a raw HTML block (CommonMark types 6 and 7), as opposed to inline HTML in a paragraph. */
const blockTags = new Set(
  'address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
function isHtmlBlockStart(line: string): boolean {
  const tag = /^\s*<\/?([a-zA-Z][\w-]*)(?=[\s/>]|$)/.exec(line);
  if (!tag) return false;
  if (blockTags.has(tag[1]!.toLowerCase())) return true;
  return /^\s*<\/?[a-zA-Z][\w-]*(?:\s+[^<>]*)?\/?>\s*$/.test(line);
}

/** `name="value"`, `name='value'` or `name=value` in an HTML tag, for the attributes the checks read. */
const htmlAttrRE = Object.fromEntries(
  (['src', 'alt', 'href'] as const).map((name) => [name, new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')]),
) as Record<'src' | 'alt' | 'href', RegExp>;
const htmlAttr = (tag: string, name: 'src' | 'alt' | 'href'): string | undefined => {
  const m = htmlAttrRE[name].exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
};

const htmlTagRE = /<(img|a)\b[^>]*>/gi;

// Global regexes here are stepped with exec() from lastIndex 0 rather than matchAll(), which copies the regex
// on every call: these run for every block of every story.
function readHtml(html: string, line: number, facts: BodyFacts) {
  htmlTagRE.lastIndex = 0;
  let tag: RegExpExecArray | null;
  while ((tag = htmlTagRE.exec(html))) {
    if (tag[1]!.toLowerCase() === 'img') facts.images.push({ url: htmlAttr(tag[0], 'src') ?? '', line, alt: htmlAttr(tag[0], 'alt') });
    else {
      const href = htmlAttr(tag[0], 'href');
      if (href !== undefined) facts.links.push({ url: href, line });
    }
  }
}

/** `{key="value" key='value' key=value #id .class flag}` as remark-directive reads it. */
export function parseAttributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([#.])([^\s#.{}"'=]+)|([a-zA-Z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`}]+)))?/g;
  for (const m of source.matchAll(re)) {
    if (m[1] === '#') out['id'] = m[2]!;
    else if (m[1] === '.') out['class'] = out['class'] ? `${out['class']} ${m[2]!}` : m[2]!;
    else if (m[3]) out[m[3]] = m[4] ?? m[5] ?? m[6] ?? '';
  }
  return out;
}

/**
 * Splits `[label]{attributes}` after a directive name (brackets may nest in the label); undefined when the
 * line is not a directive because something else follows.
 */
function labelAndAttributes(rest: string): { label: string | undefined; attributes: string | undefined } | undefined {
  let i = 0;
  let label: string | undefined;
  if (rest[0] === '[') {
    let depth = 0;
    for (i = 0; i < rest.length; i++) {
      if (rest[i] === '\\') i++;
      else if (rest[i] === '[') depth++;
      else if (rest[i] === ']' && --depth === 0) break;
    }
    if (i >= rest.length) return undefined;
    label = rest.slice(1, i);
    i++;
  }
  let attributes: string | undefined;
  if (rest[i] === '{') {
    const close = rest.indexOf('}', i);
    if (close < 0) return undefined;
    attributes = rest.slice(i + 1, close);
    i = close + 1;
  }
  return rest.slice(i).trim() ? undefined : { label, attributes };
}

function openDirective(name: string, rest: string, line: number, facts: BodyFacts) {
  const { label, attributes } = labelAndAttributes(rest) ?? { label: undefined, attributes: undefined };
  const title = (label ?? '').replace(/[`*_~]/g, '').trim();
  readOpening(facts, line, name, title, parseAttributes(attributes ?? ''));
  // The label's text: an analysis point's title, another block's title (text like any other), or what an
  // unknown block would print.
  if (name === 'analysis' && label?.trim()) inline(label, line, 'analysis-title', facts, []);
  else if (label && name !== 'analysis') inline(label, line, 'body', facts, []);
}

// Inline syntax, in priority order: code spans, comments, autolinks and HTML tags, images, links, references,
// bare web addresses.
const inlineRE =
  /(`+)([\s\S]*?[^`])\1(?!`)|<!--[\s\S]*?-->|<((?:https?|mailto):[^\s<>]*)>|<(\/?)([a-zA-Z][\w-]*)((?:\s[^<>]*)?)\/?>|!\[((?:[^[\]\\]|\\.|\[[^\]]*\])*)\]\(\s*<?((?:[^\s()>]|\([^\s()]*\))*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|!\[((?:[^[\]\\]|\\.)*)\]\[([^\]]*)\]|\[\^[^\]\s]+\]|\[((?:[^[\]\\]|\\.|\[[^\]]*\])*)\]\(\s*<?((?:[^\s()>]|\([^\s()]*\))*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|\[((?:[^[\]\\]|\\.)*)\]\[([^\]]*)\]|\b(https?:\/\/[^\s<>()[\]]*[^\s<>()[\].,:;!?"'])/g;

/** Turns a block's raw text into pieces (with code, lang and link marks) and records links and images. */
function inline(text: string, firstLine: number, kind: TextBlock['kind'], facts: BodyFacts, references: { id: string; line: number; alt: string }[]) {
  const block: TextBlock = { kind, pieces: [] };
  let lineAtPos = firstLine;
  let last = 0;
  let langTag: string | undefined;
  const lineAtOffset = (offset: number) => {
    // Offsets only move forward: count the newlines since the last piece.
    for (let i = last; i < offset; i++) if (text.charCodeAt(i) === 10) lineAtPos++;
    last = Math.max(last, offset);
    return lineAtPos;
  };
  const push = (value: string, offset: number, mask?: TextPiece['mask']) => {
    if (!value) return;
    const line = lineAtOffset(offset);
    const m = langTag ? 'lang' : mask;
    block.pieces.push(m ? { value, line, mask: m } : { value, line });
  };
  let pos = 0;
  inlineRE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = inlineRE.exec(text))) {
    push(text.slice(pos, m.index), pos);
    const at = m.index;
    pos = at + m[0].length;
    if (m[1] !== undefined) {
      push(m[2]!, at, 'code');
    } else if (m[3] !== undefined) {
      facts.links.push({ url: m[3], line: lineAtOffset(at) });
      push(m[0], at, 'code');
    } else if (m[0].startsWith('<!--')) {
      push(m[0], at, 'code');
    } else if (m[5] !== undefined) {
      const tag = m[5].toLowerCase();
      readHtml(m[0], lineAtOffset(at), facts);
      push(m[0], at, 'code');
      if (!m[4] && /\blang\s*=/.test(m[6] ?? '')) langTag = tag;
      else if (m[4] && tag === langTag) langTag = undefined;
    } else if (m[8] !== undefined) {
      facts.images.push({ url: m[8], line: lineAtOffset(at), alt: m[7] ?? '' });
      if (m[7]?.trim()) facts.blocks.push({ kind: 'image-alt', pieces: [{ value: m[7], line: lineAtOffset(at) }] });
    } else if (m[10] !== undefined) {
      references.push({ id: (m[10] || m[9] || '').trim().toLowerCase(), line: lineAtOffset(at), alt: m[9] ?? '' });
      if (m[9]?.trim()) facts.blocks.push({ kind: 'image-alt', pieces: [{ value: m[9], line: lineAtOffset(at) }] });
    } else if (m[0].startsWith('[^')) {
      // A footnote reference: no text of its own.
    } else if (m[12] !== undefined) {
      facts.links.push({ url: m[12], line: lineAtOffset(at) });
      push(m[11] ?? '', at + 1, 'link');
    } else if (m[14] !== undefined) {
      push(m[13] ?? '', at + 1, 'link');
    } else if (m[15] !== undefined) {
      // A bare web address (GFM autolink literal).
      facts.links.push({ url: m[15], line: lineAtOffset(at) });
      push(m[0], at, 'code');
    }
  }
  push(text.slice(pos), pos);
  if (block.pieces.length) facts.blocks.push(block);
}
