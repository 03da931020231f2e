import { unified } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { directiveAnalysis, directiveQuote, directiveUnknown } from '../../src/checks/rules/directives';
import { storyMarkdown } from '../../src/markdown';

// The same processor and plugins as astro.config.mjs, run on strings.
const renderer = await unified(storyMarkdown).createRenderer({});
const render = (markdown: string, lang: 'ja' | 'en' = 'en') =>
  renderer.render(markdown, { fileURL: pathToFileURL(`/site/content/articles/story/${lang}.md`), frontmatter: {} });

describe('analysis points', () => {
  it('renders numbered, titled blocks with anchors and lists them in frontmatter', async () => {
    const { code, metadata } = await render(':::analysis[First]\nText one.\n:::\n\n:::analysis[Second **bold**]\nText two.\n:::\n');
    expect(code).toContain('<section class="analysis-point" id="analysis-1" aria-labelledby="analysis-1-title">');
    expect(code).toContain('<span class="analysis-point__label" data-pagefind-ignore="">Analysis Point 2</span>');
    expect(code).toContain('<span class="analysis-point__title">Second <strong>bold</strong></span>');
    expect(metadata.frontmatter['analysisPoints']).toEqual([
      { number: 1, id: 'analysis-1', label: 'Analysis Point 1', title: 'First' },
      { number: 2, id: 'analysis-2', label: 'Analysis Point 2', title: 'Second bold' },
    ]);
  });

  it('labels them in the language of the file', async () => {
    const { code } = await render(':::analysis[限定的な成果]\n本文。\n:::\n', 'ja');
    expect(code).toContain('解説ポイント①');
  });

  it('refuses an analysis point without a title, with a message saying what to write', async () => {
    await expect(render(':::analysis\nNo title.\n:::\n')).rejects.toThrow(/needs a title in brackets: write `:::analysis\[Your title\]`/);
  });
});

describe('quotes', () => {
  it('renders blockquote with speaker, role and cited source', async () => {
    const { code } = await render(
      ':::quote{speaker="Keir Giles" role="Chatham House" source="Al Jazeera" url="https://example.com/a"}\nWords.\n:::\n',
    );
    expect(code).toContain('<figure class="quote"><blockquote cite="https://example.com/a">');
    expect(code).toContain('<span class="quote__speaker">Keir Giles</span>');
    expect(code).toContain('<span class="quote__role">Chatham House</span>');
    expect(code).toMatch(
      /<span class="quote__source-label" data-pagefind-ignore="">Source<\/span><cite><a href="https:\/\/example.com\/a">Al Jazeera<\/a><\/cite>/,
    );
  });

  it('localises the source label', async () => {
    const { code } = await render(':::quote{speaker="話者" source="テスト新聞"}\n言葉。\n:::\n', 'ja');
    expect(code).toContain('<span class="quote__source-label" data-pagefind-ignore="">出典</span><cite>テスト新聞</cite>');
  });

  it('requires a speaker', async () => {
    await expect(render(':::quote{source="X"}\nWords.\n:::\n')).rejects.toThrow(/A quote needs a speaker/);
  });
});

describe('directive safety', () => {
  it('fails on an unknown block directive, naming it', async () => {
    await expect(render(':::analysys[Typo]\nText.\n:::\n')).rejects.toThrow(/Unknown block ":::analysys"/);
  });

  it('refuses what the content checks report as an error, with the same message', async () => {
    await expect(render(':::analysis\nNo title.\n:::\n')).rejects.toThrow(directiveAnalysis.message().en);
    const speaker = directiveQuote.message({ kind: 'missing-attribute', name: 'quote', attribute: 'speaker' }).en;
    await expect(render(':::quote{source="X"}\nWords.\n:::\n')).rejects.toThrow(speaker);
    await expect(render(':::note\nText.\n:::\n')).rejects.toThrow(directiveUnknown.message({ kind: 'unknown-directive', name: 'note' }).en);
  });

  it('still renders a quote whose other attributes the content checks report', async () => {
    const { code } = await render(':::quote{speaker="A" colour="red" url="ftp://x"}\nWords.\n:::\n');
    // The quote still renders; the sanitiser drops a cite address that is not http(s).
    expect(code).toContain('<figure class="quote"><blockquote>');
    expect(code).not.toContain('ftp://x');
  });

  it('keeps text that only looks like a directive', async () => {
    const { code } = await render('The score was 2:1 and the note:draft stays as typed at 10:30.');
    expect(code).toContain('note:draft stays as typed at 10:30.');
  });
});

describe('GFM', () => {
  it('renders tables inside a labelled, focusable scroll region', async () => {
    const { code } = await render('| A | B |\n| - | - |\n| 1 | 2 |\n');
    expect(code).toContain('<section class="table-wrap" tabindex="0" aria-label="Table 1"><table>');
  });

  it('renders footnotes with a localised heading', async () => {
    const { code } = await render('本文[^1]。\n\n[^1]: 注。\n', 'ja');
    expect(code).toContain('<h2 class="footnotes__title" id="footnote-label" data-pagefind-ignore="">脚注</h2>');
    expect(code).toMatch(/aria-label="本文の参照箇所 1 に戻る"/);
  });
});
