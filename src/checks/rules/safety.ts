import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mdxCode, mdxCodeMessage, type MdxCode } from '../../shared/mdx-code.ts';
import { editorHtml, imageSchemes, isAllowedStoryUrl, urlScheme } from '../../shared/story-html.ts';
import type { BodyFacts } from '../read/body-facts.ts';
import { maxNesting, maxStoryBytes, nestingDepth, nestingMessage, sizeMessage } from '../../shared/story-limits.ts';
import type { FindingOf } from '../types.ts';
import { defineRule } from './define.ts';

// What a story may not contain because of what it could do, not because of how it reads: HTML outside the
// editors' subset, code in MDX, and structures the renderer cannot survive. The site's Markdown pipeline refuses
// or removes the same things (src/markdown/); these rules tell the editor first, with file and line.

/** HTML a story may not use: an element, or one attribute of an element. */
export interface DisallowedHtml {
  tag: string;
  attribute?: string;
}

export const htmlDisallowed = defineRule({
  id: 'html-disallowed',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'HTML outside the few elements stories may use (script, iframe, style, form, meta, onclick=, class=…).',
    ja: '記事で使えるHTML以外の要素・属性があります（script、iframe、style、form、meta、onclick=、class= など）。',
  },
  /** The element (`<script>`), or an attribute and the element it is on (`onclick` on `<span>`). */
  message: ({ tag, attribute }: DisallowedHtml) => ({
    en: `${attribute ? `the attribute ${attribute} on <${tag}>` : `<${tag}>`} is not allowed in a story and is removed from the page. Stories may use only <span lang>, <ruby>/<rt>/<rp>, <sup>, <sub>, <br>, <abbr title> and <kbd> (and Markdown for links and images).`,
    ja: `${attribute ? `<${tag}> の属性 ${attribute}` : `<${tag}>`} は記事に書けず、ページから取り除かれます。記事で使えるHTMLは <span lang>、<ruby>/<rt>/<rp>、<sup>、<sub>、<br>、<abbr title>、<kbd> だけです（リンクと画像はMarkdownで書きます）。`,
  }),
});

export const mdxCodeRule = defineRule({
  id: 'mdx-code',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'An .mdx story contains code: import, export, an {expression}, an attribute in braces or a component the site does not provide.',
    ja: '.mdxの記事にコードがあります（import、export、{式}、波かっこの属性値、サイトが用意していないコンポーネント）。',
  },
  message: (code: MdxCode) => mdxCodeMessage(code),
});

export const nestingDeep = defineRule({
  id: 'nesting-deep',
  severity: 'error',
  ignorable: false,
  explain: {
    en: `Blockquotes and lists nested more than ${maxNesting} levels deep (the site cannot render them).`,
    ja: `引用とリストが${maxNesting}段より深く入れ子になっています（サイトが表示できません）。`,
  },
  message: (depth: number) => nestingMessage(depth),
});

export const fileTooLarge = defineRule({
  id: 'file-too-large',
  severity: 'error',
  ignorable: false,
  explain: {
    en: `A story file larger than ${Math.round(maxStoryBytes / 1000)} KB.`,
    ja: `記事ファイルが${Math.round(maxStoryBytes / 1000)} KBより大きくなっています。`,
  },
  message: (bytes: number) => sizeMessage(bytes),
});

/** A link or image address with a scheme a story may not use. */
interface BadUrl {
  url: string;
  scheme: string;
  image: boolean;
}

/** Long addresses (a `data:` image can be kilobytes) are cut in messages. */
const shortUrl = (url: string) => (url.length > 60 ? `${url.slice(0, 57)}…` : url);

export const urlSchemeRule = defineRule({
  id: 'url-scheme',
  severity: 'error',
  ignorable: false,
  explain: {
    en: 'A link or image address that is not http(s), mailto or a path on this site (javascript:, data:, file:…).',
    ja: 'http(s)・mailto・サイト内のパス以外のリンクや画像のアドレスです（javascript:、data:、file: など）。',
  },
  message: ({ url, scheme, image }: BadUrl) =>
    image
      ? {
          en: `The image address "${shortUrl(url)}" uses "${scheme}:", which stories may not use; the image is removed from the page. Put the image file beside the story (./photo.jpg) or use an https:// address.`,
          ja: `画像のアドレス「${shortUrl(url)}」は記事で使えない「${scheme}:」で始まっているため、ページから取り除かれます。画像ファイルを記事の隣に置く（./photo.jpg）か、https:// のアドレスにしてください。`,
        }
      : {
          en: `The link "${shortUrl(url)}" uses "${scheme}:", which stories may not use; the link is removed from the page. Links go to https:// (or http://) addresses, mailto: or paths on this site such as /en/topics/ukraine/.`,
          ja: `リンク「${shortUrl(url)}」は記事で使えない「${scheme}:」で始まっているため、ページから取り除かれます。リンク先は https://（または http://）のアドレス、mailto:、/ja/topics/ukraine/ のようなサイト内のパスにしてください。`,
        },
});

/**
 * Links and images (Markdown, reference definitions and HTML alike) whose scheme the sanitiser would drop.
 * @example badUrls({ links: [{ url: 'javascript:alert(1)', line: 3 }], images: [] })[0]?.scheme // 'javascript'
 */
export function badUrls(facts: Pick<BodyFacts, 'links' | 'images'>): Array<BadUrl & { line: number }> {
  const found: Array<BadUrl & { line: number }> = [];
  for (const { url, line } of facts.links) {
    if (!isAllowedStoryUrl(url)) found.push({ url, line, scheme: urlScheme(url) ?? '', image: false });
  }
  for (const { url, line } of facts.images) {
    if (!isAllowedStoryUrl(url, imageSchemes)) found.push({ url, line, scheme: urlScheme(url) ?? '', image: true });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The url-scheme findings of one story file's body. */
export const checkUrls = (file: string, facts: Pick<BodyFacts, 'links' | 'images'>) =>
  badUrls(facts).map(({ line, ...bad }) => urlSchemeRule.finding(file, line, bad));

export const safetyRules = [htmlDisallowed, mdxCodeRule, nestingDeep, fileTooLarge, urlSchemeRule] as const;

type SafetyFinding = FindingOf<(typeof safetyRules)[number]['id']>;

/** HTML an editor may write besides `editorHtml`: the HTML forms of Markdown links and images. */
const allowedHtml: Record<string, readonly string[]> = { ...editorHtml, a: ['href', 'title'], img: ['src', 'alt', 'title'] };

const tagRE = /<([A-Za-z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const attributeRE = /([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** The body with code blocks and code spans blanked (kept the same length, so offsets and lines stay). */
function withoutCode(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return body
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1?\2[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank);
}

/**
 * Every element and attribute outside the editors' HTML in a story body (frontmatter blanked, so that lines
 * are file lines): `[line, what]` pairs. Lowercase JSX in MDX is HTML too and is judged the same way.
 * @example htmlProblems('<span lang="ar" onclick="x()">a</span>\n<script>x</script>') // [[1, { tag: 'span', attribute: 'onclick' }], [2, { tag: 'script' }]]
 */
export function htmlProblems(body: string): Array<[number, DisallowedHtml]> {
  const text = withoutCode(body);
  const found: Array<[number, DisallowedHtml]> = [];
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  tagRE.lastIndex = 0;
  for (let m = tagRE.exec(text); m; m = tagRE.exec(text)) {
    const name = m[1]!;
    // Capitalised names are MDX components (the mdx-code rule judges them).
    if (/^[A-Z]/.test(name)) continue;
    const tag = name.toLowerCase();
    const allowed = allowedHtml[tag];
    if (!allowed) {
      found.push([lineAt(m.index), { tag }]);
      continue;
    }
    attributeRE.lastIndex = 0;
    for (let a = attributeRE.exec(m[2] ?? ''); a; a = attributeRE.exec(m[2] ?? '')) {
      const attribute = a[1]!.toLowerCase();
      if (!allowed.includes(attribute)) found.push([lineAt(m.index), { tag, attribute }]);
    }
  }
  return found;
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);
const markdownParser = unified().use(remarkParse);

/** A cheap upper bound of how deep a line opens blockquotes and lists, so that only suspicious files are parsed. */
function mayNestDeeply(body: string): boolean {
  for (const line of body.split('\n')) {
    const indent = /^ */.exec(line)![0].length;
    const markers = /^(?:\s*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)))*/.exec(line)![0].replace(/\s/g, '').length;
    if (markers + Math.floor(indent / 2) > maxNesting) return true;
  }
  return false;
}

/**
 * The safety findings of one story file: its size first (a file over the limit is not read further), then HTML,
 * MDX code and nesting. `body` has its frontmatter blanked, so lines are file lines.
 */
export function checkSafety(file: string, text: string, body: string): SafetyFinding[] {
  const bytes = Buffer.byteLength(text);
  if (bytes > maxStoryBytes) return [fileTooLarge.finding(file, 1, bytes)];
  const mdx = file.endsWith('.mdx');
  let mdxTree: unknown;
  if (mdx) {
    try {
      mdxTree = mdxParser.parse(body);
    } catch {
      // Not valid MDX: the mdx-syntax rule reports it, and what looks like HTML in it is that mistake.
      return [];
    }
  }
  const findings: SafetyFinding[] = htmlProblems(body).map(([line, what]) => htmlDisallowed.finding(file, line, what));
  if (mdxTree) for (const code of mdxCode(mdxTree)) findings.push(mdxCodeRule.finding(file, code.line, code));
  if (mayNestDeeply(body)) {
    try {
      const { depth, line } = nestingDepth(mdxTree ?? markdownParser.parse(body));
      if (line !== undefined) findings.push(nestingDeep.finding(file, line, depth));
    } catch {
      // Not valid MDX: the mdx-syntax rule reports it.
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}
