import { unified } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLayout } from '../../src/checks/rules/paths';
import { tocSections } from '../../src/lib/toc';
import { storyMarkdown } from '../../src/markdown';
import { articleSchema } from '../../src/schemas/article';
import { authorSchema } from '../../src/schemas/author';
import { splitNoBreak } from '../../src/shared/no-break';
import { z } from 'astro/zod';

const runs = (text: string, lang: 'ja' | 'en') =>
  splitNoBreak(text, lang)
    .filter((p) => p.nb)
    .map((p) => p.text);

describe('splitNoBreak', () => {
  it('keeps Japanese dates and numbers with their counters whole', () => {
    expect(runs('2025年5月16日、双方1000人ずつ。制裁は2～3週間先送り、約3万人が避難。2022年以来3年ぶり。12月25日に', 'ja')).toEqual([
      '2025年5月16日',
      '1000人',
      '2～3週間',
      '約3万人',
      '2022年',
      '3年',
      '12月25日',
    ]);
    expect(runs('4州から撤退、99.5%を奪還、1,000人、5か月', 'ja')).toEqual(['99.5%', '1,000人', '5か月']);
  });

  it('leaves bare numbers and text without numbers alone', () => {
    expect(splitNoBreak('第2の論点は10:30に', 'ja')).toEqual([{ text: '第2の論点は10:30に', nb: false }]);
    expect(splitNoBreak('No numbers here.', 'en')).toEqual([{ text: 'No numbers here.', nb: false }]);
  });

  it('keeps English dates and numbers with units whole, and the text around them', () => {
    const parts = splitNoBreak('On 30 September 2022 and May 16, 2025, 1,000 prisoners over 2–3 weeks (June 2025).', 'en');
    expect(parts.filter((p) => p.nb).map((p) => p.text)).toEqual(['30 September 2022', 'May 16, 2025', '1,000 prisoners', '2–3 weeks', 'June 2025']);
    expect(parts.map((p) => p.text).join('')).toBe('On 30 September 2022 and May 16, 2025, 1,000 prisoners over 2–3 weeks (June 2025).');
  });

  it('finds English dates quoted in Japanese text, but no Japanese in English', () => {
    expect(runs('出典は16 May 2025付の記事', 'ja')).toEqual(['16 May 2025']);
    expect(runs('1000人', 'en')).toEqual([]);
  });
});

const renderer = await unified(storyMarkdown).createRenderer({});

describe('no-break spans in story Markdown', () => {
  const render = async (markdown: string, lang: 'ja' | 'en') =>
    (await renderer.render(markdown, { fileURL: pathToFileURL(`/site/content/articles/story/${lang}.md`), frontmatter: {} })).code;

  it('wraps dates in paragraphs and table cells, never in code', async () => {
    const html = await render('2022年2月24日に始まった。`2025年5月16日`\n\n| 日付 | 出来事 |\n| --- | --- |\n| 2022年9月30日 | 併合宣言 |\n', 'ja');
    expect(html).toContain('<span class="nb">2022年2月24日</span>に始まった。<code>2025年5月16日</code>');
    expect(html).toContain('<td><span class="nb">2022年9月30日</span></td>');
  });

  it('wraps inside links and emphasis', async () => {
    const html = await render('[On 16 May 2025](https://example.com/) and *1,000 prisoners*.', 'en');
    expect(html).toContain('<a href="https://example.com/">On <span class="nb">16 May 2025</span></a>');
    expect(html).toContain('<em><span class="nb">1,000 prisoners</span></em>');
  });
});

describe('table of contents', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

  it('lists the ## sections from four on, without the footnotes and analysis points', () => {
    const four = [h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(2, 'analysis-1-title'), h(2, 'c'), h(2, 'd'), h(2, 'footnote-label')];
    expect(tocSections(four).map((s) => s.slug)).toEqual(['a', 'b', 'c', 'd']);
    expect(tocSections([h(2, 'a'), h(2, 'b'), h(2, 'c'), h(3, 'c1'), h(2, 'analysis-1-title')])).toEqual([]);
  });

  it('is on by default and turned off with toc: false', () => {
    const base = { title: 'T', lead: 'L', date: '2025-05-16', topics: ['peace-talks'] };
    expect(articleSchema(z.string()).parse(base).toc).toBe(true);
    expect(articleSchema(z.string()).parse({ ...base, toc: false }).toc).toBe(false);
    expect(articleSchema(z.string()).safeParse({ ...base, toc: 'no' }).error?.issues[0]?.message).toBe('"toc" must be true or false');
  });
});

describe('author photos', () => {
  it('are a path in the author schema', () => {
    const author = { name: { ja: '真柴 遥', en: 'Haruka Mashiba' }, bio: { ja: '紹介。', en: 'Bio.' } };
    expect(authorSchema.parse({ ...author, photo: './mashiba.jpg' }).photo).toBe('./mashiba.jpg');
    expect(authorSchema.parse(author).photo).toBeUndefined();
  });

  it('may sit beside the author files; other files there are still stray', () => {
    const file = (path: string) => ({ path, absolute: `/content/${path}` });
    const { findings } = checkLayout([file('authors/mashiba.yaml'), file('authors/mashiba.jpg'), file('authors/notes.txt')] as never);
    expect(findings.map((f) => [f.rule, f.file])).toEqual([['path-stray-file', 'authors/notes.txt']]);
  });
});
