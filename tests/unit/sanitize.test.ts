import { unified } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storyMarkdown } from '../../src/markdown';
import { z } from 'astro/zod';
import { articleSchema } from '../../src/schemas/article';
import { isAllowedStoryUrl, urlScheme } from '../../src/shared/story-html';

// The story pipeline exactly as the site runs it (checks bypassed): what reaches a page when a hostile story
// gets past review.
const processor = unified(storyMarkdown);
const renderer = await processor.createRenderer({});
const mdxRenderer = await processor.createMdxRenderer!({}, { optimize: false, srcDir: new URL('file:///site/src/') } as never);
const render = async (markdown: string) =>
  (await renderer.render(markdown, { fileURL: pathToFileURL('/site/content/articles/story/en.md'), frontmatter: {} })).code;
const renderMdx = async (mdx: string) => (await mdxRenderer.process(mdx, '/site/content/articles/story/en.mdx', {})).code;

/** Anything that could run, navigate, frame, restyle or post from a story's HTML. */
const dangerous =
  /<(script|style|iframe|frame|object|embed|form|input(?![^>]*type="checkbox")|button|meta|base|link|svg|math|template)\b|\son\w+=|javascript:|vbscript:|data:|\sstyle=|\ssrcdoc=/i;

const attacks: Array<[string, string]> = [
  ['script element', '<script>alert(1)</script>'],
  ['script split over lines', '<script\n>alert(1)</script\n>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['base', '<base href="https://evil.example/">'],
  ['object', '<object data="https://evil.example/x.swf"></object><embed src="x">'],
  ['style element', '<style>body { display: none }</style>'],
  ['style attribute', '<span style="position:fixed;inset:0">x</span>'],
  ['form', '<form action="https://evil.example/"><input name="password"><button>Log in</button></form>'],
  ['handler attribute', '<span onclick="alert(1)" onmouseover="alert(2)">x</span>'],
  ['image error handler', '<img src="x" onerror="alert(1)">'],
  ['javascript: link in HTML', '<a href="javascript:alert(1)">x</a>'],
  ['javascript: link, spaces and entities', '<a href=" &#106;avascript:alert(1)">x</a><a href="java&#x09;script:alert(1)">y</a>'],
  ['javascript: link in Markdown', '[x](javascript:alert\\(1\\))'],
  ['JavaScript: in capitals', '[x](JavaScript:alert\\(1\\))'],
  ['data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['data: image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['vbscript: reference definition', '[x][r]\n\n[r]: vbscript:msgbox'],
  ['quote url=', ':::quote{speaker="A" source="B" url="javascript:alert(1)"}\nWords.\n:::'],
  ['svg with script', '<svg onload="alert(1)"><script>alert(1)</script></svg>'],
  ['math with a parser confusion', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>'],
  ['template', '<template><script>alert(1)</script></template>'],
  ['link element', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['forged class and id', '<span class="analysis-point sr-only" id="main">x</span>'],
];

describe('hostile story HTML never reaches a page (.md)', () => {
  it.each(attacks)('%s', async (_name, attack) => {
    const html = await render(`Before.\n\n${attack}\n\nAfter.\n`);
    expect(html).not.toMatch(dangerous);
    expect(html).toContain('Before.');
    expect(html).toContain('After.');
  });

  it('drops the whole content of script, style and iframe, keeps the text of other refused elements', async () => {
    const html = await render('<script>secret()</script><style>.x{}</style><form><button>Send</button></form>');
    expect(html).not.toContain('secret');
    expect(html).not.toContain('.x{}');
    expect(html).toContain('Send');
  });

  it('drops class and id an editor writes, and never prefixes or changes the ids our plugins write', async () => {
    const html = await render('<span class="analysis-point" id="x">s</span>\n\nText[^1].\n\n[^1]: Note.\n');
    expect(html).toContain('<p><span>s</span></p>');
    expect(html).toContain('id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
  });
});

describe('the HTML editors may write stays as written', () => {
  it.each([
    ['<span lang="ar" dir="rtl">مثل</span>'],
    ['<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>'],
    ['H<sub>2</sub>O and x<sup>2</sup>'],
    ['one<br>two'],
    ['<abbr title="North Atlantic Treaty Organization">NATO</abbr>'],
    ['Press <kbd>Ctrl</kbd>'],
  ])('%s', async (markup) => {
    expect(await render(markup)).toBe(`<p>${markup}</p>`);
  });

  it('keeps https, mailto and site links', async () => {
    const html = await render('[a](https://apnews.com/x) [b](mailto:desk@example.org) [c](/en/topics/ukraine/) [d](#analysis-1)');
    expect(html).toBe(
      '<p><a href="https://apnews.com/x">a</a> <a href="mailto:desk@example.org">b</a> <a href="/en/topics/ukraine/">c</a> <a href="#analysis-1">d</a></p>',
    );
  });
});

describe('MDX stories get the same treatment', () => {
  it('keeps lowercase HTML as HTML, judged by the same schema', async () => {
    const code = await renderMdx('Hi <span lang="ar" onClick="alert(1)">مرحبا</span> <abbr title="x">X</abbr>.\n');
    expect(code).toContain('lang: "ar"');
    expect(code).toContain('title: "x"');
    expect(code).not.toContain('alert');
  });

  it.each([
    ['script', '<script>alert(1)</script>'],
    ['iframe', '<iframe src="https://evil.example/" />'],
    ['meta refresh', '<meta httpEquiv="refresh" content="0;url=https://evil.example/" />'],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['base', '<base href="https://evil.example/" />'],
  ])('drops %s', async (_name, attack) => {
    const code = await renderMdx(`Before.\n\n${attack}\n\nAfter.\n`).catch((error: Error) => `refused: ${error.message}`);
    expect(code).not.toMatch(/alert|evil\.example|"script"|"iframe"|"meta"|"base"/);
  });

  it('refuses import, export and expressions before compiling, naming file and line', async () => {
    await expect(renderMdx("Text.\n\nimport { execSync } from 'node:child_process';\nexport const x = execSync('id');\n")).rejects.toThrow(
      /en\.mdx:3\n {2}MDX stories may not contain code: "import \{ execSync \}/,
    );
    await expect(renderMdx('Year {new Date().getFullYear()}.\n')).rejects.toThrow(
      /en\.mdx:1\n {2}MDX stories may not contain code: the expression \{new Date/,
    );
    await expect(renderMdx('<span lang={x}>a</span>\n')).rejects.toThrow(/the attribute lang=\{x\}/);
    await expect(renderMdx('<span {...props}>a</span>\n')).rejects.toThrow(/the attribute \{\.\.\.props\}/);
    await expect(renderMdx('<Chart data="x" />\n')).rejects.toThrow(/<Chart> is not a component the site provides/);
  });

  it('allows MDX comments, which compile to nothing', async () => {
    const code = await renderMdx('Text {/* a note for editors */}.\n');
    expect(code).not.toContain('a note for editors');
  });
});

describe('story URLs', () => {
  it.each([
    ['https://apnews.com/x', true],
    ['http://example.org/', true],
    ['mailto:desk@example.org', true],
    ['/en/topics/ukraine/', true],
    ['../other/', true],
    ['#fn-1', true],
    ['?q=a:b', true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['HTTPS://example.org/', false],
    ['data:text/html,x', false],
    ['vbscript:x', false],
    ['file:///etc/passwd', false],
  ])('%j allowed: %s', (url, allowed) => {
    expect(isAllowedStoryUrl(url)).toBe(allowed);
  });

  it('reads the scheme as a browser does', () => {
    expect(urlScheme('java\nscript:x')).toBe('javascript');
    expect(urlScheme('/a:b')).toBeUndefined();
  });
});

describe('references[].url', () => {
  const parse = (url: string) =>
    articleSchema(z.string()).safeParse({
      title: 'T',
      lead: 'L',
      date: '2025-05-16',
      topics: ['a'],
      references: [{ title: 'X', publisher: 'Y', url }],
    });

  it.each(['https://apnews.com/x', 'http://example.org/'])('accepts %s', (url) => {
    expect(parse(url).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:msgbox', 'file:///etc/passwd', 'mailto:a@example.org'])(
    'refuses %s, saying why',
    (url) => {
      const result = parse(url);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        '"references.url" must be a full URL starting with https:// (javascript:, data:, file: and other schemes are not allowed)',
      );
    },
  );
});

describe('limits the renderer enforces', () => {
  it('refuses blockquotes and lists nested deeper than 10, naming the line, quickly', async () => {
    const started = performance.now();
    await expect(render(`Intro.\n\n${'> '.repeat(2000)}deep\n`)).rejects.toThrow(
      /en\.md:3\n {2}Blockquotes and lists are nested 2000 deep here; at most 10 levels/,
    );
    expect(performance.now() - started).toBeLessThan(5000);
    const list = Array.from({ length: 12 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
    await expect(render(list)).rejects.toThrow(/nested 12 deep here/);
  });

  it('renders ten levels', async () => {
    await expect(render(`${'> '.repeat(10)}ten`)).resolves.toContain('ten');
  });
});
