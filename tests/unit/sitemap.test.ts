import { describe, expect, it } from 'vitest';
import { hreflangLinks, isNoindex } from '../../src/lib/sitemap';

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
