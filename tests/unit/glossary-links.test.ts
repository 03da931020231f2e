import { unified } from '@astrojs/markdown-remark';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storyMarkdown } from '../../src/markdown';
import { rehypeGlossary } from '../../src/markdown/rehype-glossary';
import { rehypeStoryHtml } from '../../src/markdown/rehype-story-html';
import { compileMatcher, termsOf } from '../../src/shared/glossary';

const matcher = compileMatcher([
  termsOf('witkoff', { kind: 'person', ja: { name: 'ウィトコフ', variants: ['ウィットコフ'] }, en: { name: 'Witkoff' } }),
  termsOf('putin', { kind: 'person', ja: { name: 'プーチン' }, en: { name: 'Putin' } }),
  termsOf('thailand', { kind: 'place', ja: { name: 'タイ' }, en: { name: 'Thailand' } }),
]);
const renderer = await unified({ ...storyMarkdown, rehypePlugins: [rehypeStoryHtml, [rehypeGlossary, { matcher }]] }).createRenderer({});
const render = (markdown: string, lang: 'ja' | 'en' = 'en') =>
  renderer.render(markdown, { fileURL: pathToFileURL(`/site/content/articles/story/${lang}.md`), frontmatter: {} });

describe('first-mention links to the glossary', () => {
  it('links the first mention of each entry, and only the first', async () => {
    const { code, metadata } = await render('Putin met Witkoff. Later Putin spoke again and Witkoff left.\n');
    expect(code).toBe(
      '<p><a href="/en/glossary/putin/" class="gloss">Putin</a> met <a href="/en/glossary/witkoff/" class="gloss">Witkoff</a>. Later Putin spoke again and Witkoff left.</p>',
    );
    expect(metadata.frontmatter['glossary']).toEqual(['putin', 'witkoff']);
  });

  it('links a variant to the entry page in the file language', async () => {
    const { code } = await render('米国のウィットコフ特使が訪れた。', 'ja');
    expect(code).toContain('米国の<a href="/ja/glossary/witkoff/" class="gloss">ウィットコフ</a>特使');
  });

  it('never links inside headings, links, code, quote attributions or footnotes, and links a later mention instead', async () => {
    const { code, metadata } = await render(
      [
        '## Putin in Moscow',
        '',
        '[Putin](https://example.com/) and `Putin` first.',
        '',
        ':::quote{speaker="Witkoff" source="Putin Daily"}',
        'Words.',
        ':::',
        '',
        'Then Putin and Witkoff in the text[^1].',
        '',
        '[^1]: Thailand, in a note.',
        '',
      ].join('\n'),
    );
    expect(code).toContain('<h2 id="putin-in-moscow">Putin in Moscow</h2>');
    expect(code).toContain('<a href="https://example.com/">Putin</a> and <code>Putin</code> first.');
    expect(code).toContain(
      'Then <a href="/en/glossary/putin/" class="gloss">Putin</a> and <a href="/en/glossary/witkoff/" class="gloss">Witkoff</a> in the text',
    );
    expect(code).not.toContain('/en/glossary/thailand/');
    // Mentions in headings, attributions and notes still count; code does not.
    expect(metadata.frontmatter['glossary']).toEqual(['putin', 'thailand', 'witkoff']);
  });

  it('does not link a name inside a longer word', async () => {
    const { code, metadata } = await render('タイミングを見て、タイとの協議に入った。', 'ja');
    expect(code).toBe('<p>タイミングを見て、<a href="/ja/glossary/thailand/" class="gloss">タイ</a>との協議に入った。</p>');
    expect(metadata.frontmatter['glossary']).toEqual(['thailand']);
  });
});
