import { describe, expect, it } from 'vitest';
import { fixtureSite, page, pageExists } from '../helpers/build';

const dist = fixtureSite.dist;
const storyLinks = (path: string) =>
  page(
    dist,
    path,
  )('.story-card__title a')
    .map((_, a) => page(dist, path)(a).attr('href'))
    .get();

describe('glossary entry pages', () => {
  it('exist in both languages with hreflang between them', () => {
    for (const lang of ['ja', 'en'] as const) {
      const $ = page(dist, `/${lang}/glossary/witkoff/`);
      expect($('html').attr('lang')).toBe(lang);
      expect($('link[rel="alternate"][hreflang="ja"]').attr('href')).toBe('https://digest.example.org/ja/glossary/witkoff/');
      expect($('link[rel="alternate"][hreflang="en"]').attr('href')).toBe('https://digest.example.org/en/glossary/witkoff/');
      expect($('link[rel="alternate"][hreflang="x-default"]').attr('href')).toBe('https://digest.example.org/ja/glossary/witkoff/');
    }
  });

  it('show the name in both scripts, the variants, the description and the links', () => {
    const ja = page(dist, '/ja/glossary/witkoff/');
    expect(ja('h1').text()).toBe('ウィトコフ');
    expect(ja('.glossary-entry__names dd[lang="en"]').text()).toBe('Witkoff');
    expect(ja('.glossary-entry__names dt').first().text()).toBe('英語表記');
    expect(
      ja('.glossary-entry__variants li')
        .map((_, li) => ja(li).text())
        .get(),
    ).toEqual(['ウィットコフ']);
    expect(ja('.glossary-entry__description').text()).toBe('米国の特使（テスト用の項目）。');
    expect(ja('.glossary-entry__links a').attr('href')).toBe('https://en.wikipedia.org/wiki/Steve_Witkoff');
    expect(ja('.glossary-entry__links a').attr('lang')).toBe('en');
    const en = page(dist, '/en/glossary/witkoff/');
    expect(en('h1').text()).toBe('Witkoff');
    expect(en('.glossary-entry__names dd[lang="ja"]').text()).toBe('ウィトコフ');
    // The Japanese variant on the English page is marked as Japanese.
    expect(en('.glossary-entry__variants li[lang="ja"]').text()).toBe('ウィットコフ');
  });

  it('falls back to the other language for a description written in one language only, marked with its lang', () => {
    const $ = page(dist, '/ja/glossary/ukraine/');
    expect($('.glossary-entry__description').attr('lang')).toBe('en');
  });

  it('list a story that writes only the variant ウィットコフ, with the language badge where it is not translated', () => {
    expect(storyLinks('/ja/glossary/witkoff/')).toEqual(['/ja/articles/ja-only/']);
    const en = page(dist, '/en/glossary/witkoff/');
    expect(storyLinks('/en/glossary/witkoff/')).toEqual(['/en/articles/ja-only/']);
    expect(en('.story-card .lang-badge').text()).toBe('Japanese only');
    expect(en('.story-card__title a').attr('lang')).toBe('ja');
  });

  it('list every story that mentions the entry in any version, newest first', () => {
    const ja = storyLinks('/ja/glossary/israel/');
    expect(ja).toEqual(['/ja/articles/gaza-hostage-deal/']);
    const ceasefire = storyLinks('/en/glossary/ceasefire/');
    // Newest first; the MDX story names a ceasefire too.
    expect(ceasefire).toEqual(['/en/articles/corrected-story/', '/en/articles/mdx-story/', '/en/articles/prisoner-exchange/']);
  });
});

describe('the glossary index', () => {
  it('groups entries by kind, sorted by reading in Japanese and by name in English, with both names', () => {
    const ja = page(dist, '/ja/glossary/');
    expect(
      ja('.glossary-group h2')
        .map((_, h) => ja(h).text())
        .get(),
    ).toEqual(['人物', '地名', '組織', '用語']);
    const places = ja('#kind-place')
      .parent()
      .find('.glossary-index a')
      .map((_, a) => ja(a).text())
      .get();
    expect(places).toEqual(['イスラエル', 'ウクライナ', 'タイ', 'ロシア']);
    expect(ja('a[href="/ja/glossary/witkoff/"]').parent().find('.glossary-index__other').attr('lang')).toBe('en');
    const en = page(dist, '/en/glossary/');
    const enPlaces = en('#kind-place')
      .parent()
      .find('.glossary-index a')
      .map((_, a) => en(a).text())
      .get();
    expect(enPlaces).toEqual(['Israel', 'Russia', 'Thailand', 'Ukraine']);
    expect(en('a[href="/en/glossary/witkoff/"]').parent().find('.glossary-index__count').text()).toBe('1 story');
  });

  it('is linked from the header of every page', () => {
    expect(page(dist, '/en/').root().find('.site-nav a[href="/en/glossary/"]').text()).toBe('Glossary');
    expect(page(dist, '/ja/articles/paired-story/').root().find('.site-nav a[href="/ja/glossary/"]').text()).toBe('用語集');
  });

  it('entry pages are real pages (not fallbacks)', () => {
    expect(pageExists(dist, '/en/glossary/hamas/')).toBe(true);
    expect(page(dist, '/en/glossary/hamas/')('meta[name="robots"]').length).toBe(0);
  });
});

describe('first-mention links in story bodies', () => {
  it('link the first mention of each entry to its page in the story language, once', () => {
    const ja = page(dist, '/ja/articles/prisoner-exchange/');
    const links = ja('.story__body a.gloss')
      .map((_, a) => `${ja(a).text()} ${ja(a).attr('href')}`)
      .get();
    expect(links).toEqual(['ロシア /ja/glossary/russia/', 'ウクライナ /ja/glossary/ukraine/', '停戦 /ja/glossary/ceasefire/']);
    const en = page(dist, '/en/articles/prisoner-exchange/');
    const enLinks = en('.story__body a.gloss')
      .map((_, a) => `${en(a).text()} ${en(a).attr('href')}`)
      .get();
    expect(enLinks).toEqual(['Russia /en/glossary/russia/', 'Ukraine /en/glossary/ukraine/', 'Ceasefire /en/glossary/ceasefire/']);
  });

  it('link a variant to the entry', () => {
    const $ = page(dist, '/ja/articles/ja-only/');
    expect($('.story__body a.gloss').attr('href')).toBe('/ja/glossary/witkoff/');
    expect($('.story__body a.gloss').text()).toBe('ウィットコフ');
  });
});

describe('glossary data for search', () => {
  it('carries the story key, the other version and an entity filter per mentioned entry, with no text, hidden', () => {
    const en = page(dist, '/en/articles/prisoner-exchange/');
    const block = en('article[data-pagefind-body] .story-search-data');
    expect(block.attr('hidden')).toBeDefined();
    expect(block.text().trim()).toBe('');
    const filters = (b: typeof block) =>
      b
        .find('[data-pagefind-filter]')
        .addBack('[data-pagefind-filter]')
        .map((_, el) => en(el).attr('data-pagefind-filter'))
        .get();
    const enFilters = filters(block);
    expect(enFilters.filter((f) => f.startsWith('entity:'))).toEqual([
      'entity:ceasefire',
      'entity:prisoner-exchange',
      'entity:russia',
      'entity:ukraine',
    ]);
    expect(enFilters).toContain('other:ja');
    const ja = page(dist, '/ja/articles/prisoner-exchange/');
    // The other version's headline, so a card can show it when only this version matched.
    const jaTitle = ja('h1').first().text().trim();
    expect(enFilters).toContain(`other_title:${jaTitle}`);
    expect(ja('.story-search-data [data-pagefind-filter="other:en"]')).toHaveLength(1);
    expect(ja('.story-search-data [data-pagefind-filter^="other_title:"]')).toHaveLength(1);
    // A story in one language has no other version to link to.
    expect(page(dist, '/ja/articles/ja-only/')('.story-search-data [data-pagefind-filter^="other:"]')).toHaveLength(0);
  });

  it('leaves fallback pages without it (they are not indexed)', () => {
    expect(page(dist, '/en/articles/ja-only/')('.story-search-data')).toHaveLength(0);
  });
});
