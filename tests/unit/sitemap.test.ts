import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHead } from '../../src/integrations/read-head';
import { hreflangLinks, isNoindex, languageVersions } from '../../src/lib/sitemap';

describe('isNoindex', () => {
  it('finds a robots noindex meta tag in either attribute order', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindex('<meta content="noindex, follow" name="robots" />')).toBe(true);
  });

  it('ignores other meta tags and text that mentions noindex', () => {
    expect(isNoindex('<meta name="description" content="noindex">')).toBe(false);
    expect(isNoindex('<p>name="robots" content="noindex"</p>')).toBe(false);
    expect(isNoindex('<meta name="robots" content="index, follow">')).toBe(false);
    expect(isNoindex('')).toBe(false);
  });
});

describe('hreflangLinks', () => {
  const root = 'https://x.org/';
  const ja = { url: 'https://x.org/ja/a/', lang: 'ja' };
  const en = { url: 'https://x.org/en/a/', lang: 'en' };

  it('adds x-default pointing at the Japanese version', () => {
    expect(hreflangLinks([ja, en], root)).toEqual([ja, en, { url: ja.url, lang: 'x-default' }]);
  });

  it('falls back to the first version when there is no Japanese one', () => {
    const fr = { url: 'https://x.org/fr/a/', lang: 'fr' };
    expect(hreflangLinks([en, fr], root)).toEqual([en, fr, { url: en.url, lang: 'x-default' }]);
  });

  it('makes the language chooser the x-default of the home pages instead of a second "ja"', () => {
    const home = [
      { url: root, lang: 'ja' },
      { url: 'https://x.org/ja/', lang: 'ja' },
      { url: 'https://x.org/en/', lang: 'en' },
    ];
    expect(hreflangLinks(home, root)).toEqual([home[1], home[2], { url: root, lang: 'x-default' }]);
  });

  it('gives a page in one language no alternates', () => {
    expect(hreflangLinks([ja], root)).toBeUndefined();
    expect(hreflangLinks(undefined, root)).toBeUndefined();
  });
});

describe('readHead', () => {
  const dir = mkdtempSync(join(tmpdir(), 'digest-read-head-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const head =
    '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">' +
    '<title>停戦交渉、三年ぶりの直接対話</title><meta name="robots" content="noindex">';
  const page = `${head}</head><body><p>本文 <meta name="robots" content="noindex"></p></body></html>`;

  it('stops at the end of the head, wherever the reads fall', () => {
    const path = file('page.html', page);
    // Chunk sizes that cut "</head" and the three-byte Japanese characters at every offset.
    for (let chunk = 1; chunk <= 12; chunk++) expect(readHead(path, chunk), `chunk ${chunk}`).toBe(head);
    expect(readHead(path)).toBe(head);
  });

  it('finds the end of the head in any letter case', () => {
    expect(readHead(file('upper.html', '<HEAD><TITLE>x</TITLE></HEAD >\n<BODY>'))).toBe('<HEAD><TITLE>x</TITLE>');
  });

  it('reads the whole file when there is no head end, and nothing when there is no file', () => {
    expect(readHead(file('fragment.html', '<p>ただの断片</p>'), 4)).toBe('<p>ただの断片</p>');
    expect(readHead(file('empty.html', ''))).toBe('');
    expect(readHead(join(dir, 'missing.html'))).toBe('');
  });
});

describe('languageVersions', () => {
  const root = 'https://x.org/';
  const urls = [
    'https://x.org/ja/articles/a/',
    'https://x.org/ja/articles/b/',
    'https://x.org/en/articles/a/',
    'https://x.org/',
    'https://x.org/ja/',
    'https://x.org/en/',
    'https://x.org/ja/topics/t/10/',
    'https://x.org/ja/topics/t/9/',
    'https://x.org/en/topics/t/9/',
    'https://x.org/en/topics/t/10/',
    'https://other.org/ja/articles/a/',
  ];
  const versions = languageVersions(urls, root, ['ja', 'en']);

  it('groups the same path after the locale, in sitemap order', () => {
    const a = [
      { url: 'https://x.org/en/articles/a/', lang: 'en' },
      { url: 'https://x.org/ja/articles/a/', lang: 'ja' },
    ];
    expect(versions.get('https://x.org/ja/articles/a/')).toEqual(a);
    expect(versions.get('https://x.org/en/articles/a/')).toEqual(a);
  });

  it('counts the site root as the default language, beside the home pages', () => {
    expect(versions.get('https://x.org/')).toEqual([
      { url: 'https://x.org/', lang: 'ja' },
      { url: 'https://x.org/en/', lang: 'en' },
      { url: 'https://x.org/ja/', lang: 'ja' },
    ]);
  });

  it('keeps each numbered page with its own translations', () => {
    expect(versions.get('https://x.org/ja/topics/t/9/')?.map((l) => l.url)).toEqual(['https://x.org/en/topics/t/9/', 'https://x.org/ja/topics/t/9/']);
    expect(versions.get('https://x.org/en/topics/t/10/')?.map((l) => l.lang)).toEqual(['en', 'ja']);
  });

  it('gives pages with one version, and URLs off the site, no alternates', () => {
    expect(versions.has('https://x.org/ja/articles/b/')).toBe(false);
    expect(versions.has('https://other.org/ja/articles/a/')).toBe(false);
  });
});
