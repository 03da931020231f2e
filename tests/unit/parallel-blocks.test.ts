import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { alignBlocks, countBlocks, readsWithoutParser, splitStoryHtml, splitStoryHtmlOnce } from '../../src/lib/parallel-blocks';
import { storyMarkdown } from '../../src/markdown';
import { generateContent } from '../../tooling/generate';
import { storyBodies } from '../helpers/fixture';

// HTML as src/markdown/ renders a story: sections, a quote, analysis points, a table wrapper and footnotes.
const story = [
  '<p>Opening.</p>',
  '<h2 id="first">First</h2>',
  '<figure class="quote"><blockquote><p>Words.</p></blockquote><figcaption>Name</figcaption></figure>',
  '<p>After the quote<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>.</p>',
  '<section class="analysis-point" id="analysis-1" aria-labelledby="analysis-1-title"><h2 id="analysis-1-title">Point</h2><p>Why.</p></section>',
  '<h2 id="second">Second</h2>',
  '<section class="table-wrap" tabindex="0" aria-label="Table 1"><table><tr><td>1</td></tr></table></section>',
  '<section data-footnotes class="footnotes"><h2 id="footnote-label">Notes</h2><ol><li id="user-content-fn-1"><p>Note. <a href="#user-content-fnref-1" data-footnote-backref>↩</a></p></li></ol></section>',
].join('\n');

describe('splitStoryHtml without a parser', () => {
  it('cuts every sample, fixture and generated story exactly as the parser does', async () => {
    const generated = mkdtempSync(join(tmpdir(), 'digest-blocks-'));
    try {
      generateContent(generated, { pairs: 40, seed: 20250516 });
      const stories = ['content', 'tests/fixtures/basic/content', generated].flatMap(storyBodies);
      const renderer = await unified(storyMarkdown).createRenderer({ syntaxHighlight: false });
      let scanned = 0;
      for (const { path: file, body } of stories) {
        const fileURL = pathToFileURL(join(process.cwd(), file));
        // A fixture story whose chronology lives in the fixture's content folder does not render here.
        const html = await renderer.render(body, { fileURL, frontmatter: { title: 'x', date: new Date('2025-05-16') } }).then(
          (r) => r.code,
          () => undefined,
        );
        if (html === undefined) continue;
        if (readsWithoutParser(html)) scanned += 1;
        for (const prefix of ['', 'en-']) expect(splitStoryHtml(html, prefix), file).toEqual(splitStoryHtml(html, prefix, { parser: true }));
      }
      expect(scanned).toBeGreaterThan(100);
    } finally {
      rmSync(generated, { recursive: true, force: true });
    }
  });

  it('leaves to the parser what it cannot read as hast-util-to-html writes it', () => {
    expect(readsWithoutParser('<p>a <a href="#x" id="y">b</a></p>\n<h2 id="z">Z</h2><br><img src="a.png" alt="x > y">')).toBe(true);
    expect(readsWithoutParser('<pre>\ncode</pre>')).toBe(false);
    expect(readsWithoutParser("<p title='x'>a</p>")).toBe(false);
    expect(readsWithoutParser('<img alt=&#34;x&#34;>')).toBe(false);
    expect(readsWithoutParser('<p>a</div>')).toBe(false);
    expect(readsWithoutParser('<p>a')).toBe(false);
    expect(readsWithoutParser('<svg><path d="M0"/></svg>')).toBe(false);
    const tricky =
      '<p>a</p><!-- c --><section data-footnotes class="footnotes"><h2 id="footnote-label">N</h2><ol><li id="fn-1"><a href="#ref-1" aria-describedby="footnote-label x">↩</a></li></ol></section>\n';
    expect(splitStoryHtml(tricky, 'ja-')).toEqual(splitStoryHtml(tricky, 'ja-', { parser: true }));
  });
});

describe('splitStoryHtmlOnce', () => {
  it('parses a body once for both pages of a story, and forgets old bodies', () => {
    const a = '<p>a</p><h2 id="one">One</h2><p>b</p>';
    const first = splitStoryHtmlOnce(a, 'ja-');
    expect(first).toEqual(splitStoryHtml(a, 'ja-'));
    expect(splitStoryHtmlOnce(a, 'ja-')).toBe(first);
    // Another prefix is another split.
    expect(splitStoryHtmlOnce(a, 'en-')[1]!.html).toContain('id="en-one"');
    for (let i = 0; i < 20; i++) splitStoryHtmlOnce(`<p>${i}</p>`, 'ja-');
    const again = splitStoryHtmlOnce(a, 'ja-');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('splitStoryHtml', () => {
  it('splits at sections, quotes, analysis points and footnotes, in order', () => {
    const blocks = splitStoryHtml(story);
    expect(blocks.map((b) => b.key)).toEqual(['intro', 'section-1', 'quote-1', 'section-1.1', 'analysis-1', 'section-2', 'footnotes']);
    expect(blocks.map((b) => b.kind)).toEqual(['intro', 'section', 'quote', 'text', 'analysis', 'section', 'footnotes']);
    expect(blocks[5]!.html).toContain('table-wrap');
    expect(blocks[5]!.html.startsWith('<h2 id="second">Second</h2>')).toBe(true);
  });

  it('keeps every element: nothing is lost between blocks', () => {
    const text = (html: string) => html.replace(/<[^>]+>|\s+/g, '');
    expect(
      splitStoryHtml(story)
        .map((b) => text(b.html))
        .join(''),
    ).toBe(text(story));
  });

  it('prefixes ids and the links and ARIA references to them', () => {
    const html = splitStoryHtml(story, 'en-')
      .map((b) => b.html)
      .join('');
    expect(html).toContain('id="en-analysis-1" aria-labelledby="en-analysis-1-title"');
    expect(html).toContain('href="#en-user-content-fn-1" id="en-user-content-fnref-1"');
    expect(html).toContain('aria-describedby="en-footnote-label"');
    expect(html).toContain('href="#en-user-content-fnref-1"');
    expect(html).not.toMatch(/id="(?!en-)/);
    // Links to other pages are left alone.
    expect(splitStoryHtml('<p><a href="/ja/">x</a></p>', 'en-')[0]!.html).toBe('<p><a href="/ja/">x</a></p>');
  });

  it('numbers a stretch of text after an analysis point in the intro, and skips blank space', () => {
    const blocks = splitStoryHtml('\n<section class="analysis-point" id="analysis-1"><h2>A</h2></section>\n<p>Then.</p>\n');
    expect(blocks.map((b) => b.key)).toEqual(['analysis-1', 'intro.1']);
  });

  it('counts sections, analysis points and quotes', () => {
    expect(countBlocks(splitStoryHtml(story))).toEqual({ section: 2, analysis: 1, quote: 1 });
    expect(splitStoryHtml('')).toEqual([]);
  });
});

describe('alignBlocks', () => {
  const keys = (...k: string[]) => k.map((key) => ({ key }));
  const shape = (rows: ReturnType<typeof alignBlocks<{ key: string }>>) => rows.map((r) => `${r.key}:${r.a ? 'a' : '-'}${r.b ? 'b' : '-'}`);

  it('pairs blocks with the same key', () => {
    expect(shape(alignBlocks(keys('intro', 'section-1'), keys('intro', 'section-1')))).toEqual(['intro:ab', 'section-1:ab']);
  });

  it('gives a block only one version has a row of its own, where it stands', () => {
    const ja = keys('intro', 'section-1', 'section-2', 'footnotes');
    const en = keys('intro', 'section-1', 'quote-1', 'section-2', 'section-3', 'footnotes');
    expect(shape(alignBlocks(ja, en))).toEqual(['intro:ab', 'section-1:ab', 'quote-1:-b', 'section-2:ab', 'section-3:-b', 'footnotes:ab']);
    expect(shape(alignBlocks(en, ja))).toEqual(['intro:ab', 'section-1:ab', 'quote-1:a-', 'section-2:ab', 'section-3:a-', 'footnotes:ab']);
  });

  it('uses every block exactly once when the orders cross', () => {
    const rows = alignBlocks(keys('x', 'y', 'z'), keys('y', 'x', 'w'));
    expect(shape(rows)).toEqual(['x:ab', 'y:ab', 'z:a-', 'w:-b']);
  });
});
