import { describe, expect, it } from 'vitest';
import { hasPagefindBody, mergeEntries, storyOrderKey, storyPageOf, type PagefindEntryFile } from '../../src/shared/pagefind-bundle';

describe('storyPageOf', () => {
  it('knows the story pages of each language by their path, and nothing else the index could be given', () => {
    expect(storyPageOf('/ja/articles/istanbul-talks-2025-05/')).toEqual({ lang: 'ja', slug: 'istanbul-talks-2025-05' });
    expect(storyPageOf('/en/articles/istanbul-talks-2025-05')).toEqual({ lang: 'en', slug: 'istanbul-talks-2025-05' });
    for (const other of [
      '/ja/articles/istanbul-talks-2025-05/parallel/',
      '/ja/articles/',
      '/ja/',
      '/ja/topics/peace-talks/',
      '/ja/topics/peace-talks/2/',
      '/ja/search/',
      '/fr/articles/x/',
    ]) {
      expect(storyPageOf(other), other).toBeUndefined();
    }
  });
});

describe('storyOrderKey', () => {
  it("reads a story page's place in the archive from its `order` sort", () => {
    expect(storyOrderKey('<article class="story" data-pagefind-body data-pagefind-sort="order:d08638532236800000_a">')).toBe('d08638532236800000_a');
    expect(storyOrderKey('<article class="story">')).toBeUndefined();
  });
});

describe('hasPagefindBody', () => {
  it('finds the attribute on an element, with or without a value', () => {
    expect(hasPagefindBody('<article class="story" data-pagefind-body data-pagefind-filter="language:ja">')).toBe(true);
    expect(hasPagefindBody('<main data-pagefind-body="">')).toBe(true);
    expect(hasPagefindBody('<div\ndata-pagefind-body>')).toBe(true);
  });

  it('ignores text that mentions it, other pagefind attributes and fallback pages', () => {
    expect(hasPagefindBody('<p>Add data-pagefind-body to the article</p>')).toBe(false);
    expect(hasPagefindBody('<div data-pagefind-ignore>')).toBe(false);
    expect(hasPagefindBody('<article class="story" data-pagefind-bodyless>')).toBe(false);
    expect(hasPagefindBody('<html lang="ja"><body><article class="story"><p>未翻訳</p></article>')).toBe(false);
  });
});

describe('mergeEntries', () => {
  const ja = { hash: 'ja_7be25a5677', wasm: null, page_count: 3 };
  const en = { hash: 'en_83ca81e28b', wasm: 'en', page_count: 2 };
  const entry = (languages: PagefindEntryFile['languages']): PagefindEntryFile => ({
    version: '1.6.0',
    languages,
    include_characters: ['_', '＿'],
  });

  it('puts every language into one entry, sorted by code, keeping the other fields and their order', () => {
    const merged = mergeEntries([
      { lang: 'ja', entry: entry({ ja }) },
      { lang: 'en', entry: entry({ en }) },
    ]);
    // What one Pagefind 1.6 run over both languages writes, except that Japanese shares English's module.
    expect(JSON.stringify(merged)).toBe(
      '{"version":"1.6.0","languages":{' +
        '"en":{"hash":"en_83ca81e28b","wasm":"en","page_count":2},' +
        '"ja":{"hash":"ja_7be25a5677","wasm":"en","page_count":3}' +
        '},"include_characters":["_","＿"]}',
    );
    // The runs' own entries are left as they were.
    expect(ja.wasm).toBeNull();
  });

  it('leaves a language without a module when there is no single stemmer to share', () => {
    const fr = { hash: 'fr_1', wasm: 'fr', page_count: 1 };
    const merged = mergeEntries([
      { lang: 'ja', entry: entry({ ja }) },
      { lang: 'en', entry: entry({ en }) },
      { lang: 'fr', entry: entry({ fr }) },
    ]);
    expect(merged.languages['ja']?.wasm).toBeNull();
    expect(mergeEntries([{ lang: 'ja', entry: entry({ ja }) }]).languages['ja']?.wasm).toBeNull();
  });

  it('refuses a run that wrote another language, or none', () => {
    expect(() => mergeEntries([{ lang: 'ja', entry: entry({ ja, en }) }])).toThrow(/"ja" wrote indexes for: ja, en/);
    expect(() => mergeEntries([{ lang: 'ja', entry: entry({ en }) }])).toThrow(/"ja" wrote indexes for: en/);
    expect(() => mergeEntries([{ lang: 'ja', entry: entry({}) }])).toThrow(/none/);
  });

  it('refuses runs whose bundles disagree (another Pagefind version or options)', () => {
    const newer = { ...entry({ en }), version: '1.7.0' };
    const ja1 = { lang: 'ja', entry: entry({ ja }) };
    expect(() => mergeEntries([ja1, { lang: 'en', entry: newer }])).toThrow(/disagree/);
    const chars = { ...entry({ en }), include_characters: ['_'] };
    expect(() => mergeEntries([ja1, { lang: 'en', entry: chars }])).toThrow(/disagree/);
  });

  it('needs at least one run', () => {
    expect(() => mergeEntries([])).toThrow(/No Pagefind run/);
  });
});
