import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/shared/i18n';
import { isLocale, locales } from '../../src/shared/locales';
import { storyPageOf } from '../../src/shared/pagefind-bundle';
import { languageParts } from '../../src/shared/search-parts';
import { FIXTURE_PART_SIZE } from '../global-setup';
import type { SearchPageConfig } from '../../src/lib/search-config';
import { fixtureSite, page, root } from '../helpers/build';
import { readFixtureStories } from '../helpers/fixture';

/** The Pagefind index is built by `astro build` itself (src/integrations/pagefind.ts); this checks its output. */
const dist = fixtureSite.dist;
const bundle = join(dist, 'pagefind');
const stories = [...readFixtureStories(fixtureSite.content)].filter(([, v]) => !Object.values(v).some((x) => x?.draft));
/** The slugs in archive order, as src/content/stories.ts sorts them: the story's newest date first, then by slug. */
const newestFirst = stories
  .map(([slug, v]) => ({
    slug,
    date: Object.values(v)
      .map((x) => x!.date)
      .sort()
      .at(-1)!,
  }))
  .sort((a, b) => b.date.localeCompare(a.date) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  .map((s) => s.slug);

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters: string[];
}
const entry = (folder = ''): Entry => JSON.parse(readFileSync(join(bundle, folder, 'pagefind-entry.json'), 'utf8')) as Entry;

/** Every built HTML file, as site paths. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => `/${f}`);
}

describe('the search index', () => {
  it('is written into the build output by astro build, never into public/', () => {
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(root, 'public/pagefind'))).toBe(false);
  });

  it('has each language in parts of at most the part size, newest part in the index folder, holding exactly the real story pages', () => {
    // The fixture is built with parts of FIXTURE_PART_SIZE stories (tests/global-setup.ts), so it has several.
    const folders = [
      '',
      ...readdirSync(bundle)
        .filter((f) => /^part-\d+$/.test(f))
        .map((f) => `${f}/`),
    ];
    expect(folders.length).toBeGreaterThan(2);
    for (const lang of locales) {
      const missing = newestFirst.flatMap((slug, place) => (stories.find(([s]) => s === slug)![1][lang] ? [] : [place]));
      const parts = languageParts(newestFirst.length, missing, FIXTURE_PART_SIZE);
      // Every part where the search page looks for it, with the stories it expects there, and nothing else.
      expect(folders.filter((f) => entry(f).languages[lang]).sort(), lang).toEqual(parts.map((p) => p.folder).sort());
      for (const { folder, places } of parts) {
        const own = entry(folder).languages[lang]!;
        expect(own.page_count, `${lang} ${folder}`).toBe(places.length);
        expect(own.page_count).toBeLessThanOrEqual(FIXTURE_PART_SIZE);
        expect(existsSync(join(bundle, folder, `pagefind.${own.hash}.pf_meta`)), own.hash).toBe(true);
      }
      const real = stories.filter(([, v]) => v[lang]).length;
      expect(
        parts.reduce((n, p) => n + p.places.length, 0),
        lang,
      ).toBe(real);
    }
    // Older parts carry only their index, not a second copy of Pagefind's scripts.
    for (const folder of folders.filter(Boolean)) expect(existsSync(join(bundle, folder, 'pagefind.js')), folder).toBe(false);
  });

  it("has one entry file per folder for all the languages there, which the bundle's own pagefind.js can read", () => {
    // Each language's part is indexed by a run of its own, and the integration merges what the runs wrote.
    const { version, include_characters } = entry();
    expect(readFileSync(join(bundle, 'pagefind.js'), 'utf8')).toContain(`pagefind_version="${version}"`);
    expect(include_characters).toContain('_');
    const metas = readdirSync(bundle).filter((f) => f.endsWith('.pf_meta'));
    const named = Object.values(entry().languages).map(({ hash }) => `pagefind.${hash}.pf_meta`);
    expect(metas.sort()).toEqual(named.sort());
    expect(Object.keys(entry().languages).sort()).toEqual([...locales].sort());
  });

  it('ships the English stemmer, which every language index runs its queries through', () => {
    expect(entry().languages['en']!.wasm).toBe('en');
    // So the Japanese index, which a Japanese query alone needs, can be the one loaded first.
    expect(entry().languages['ja']!.wasm).toBe('en');
    expect(existsSync(join(bundle, 'wasm.en.pagefind'))).toBe(true);
  });
});

describe('what the story pages give Pagefind', () => {
  it('marks only real story pages as searchable; fallbacks and listings have no data-pagefind-body', () => {
    const bodies = htmlFiles(dist).filter((path) => page(dist, path)('[data-pagefind-body]').length > 0);
    const expected = stories.flatMap(([slug, v]) => locales.filter((lang) => v[lang]).map((lang) => `/${lang}/articles/${slug}/index.html`));
    expect(bodies.sort()).toEqual(expected.sort());
    for (const [slug, v] of stories) {
      for (const lang of locales.filter((l) => !v[l])) {
        const $ = page(dist, `/${lang}/articles/${slug}/`);
        expect($('[data-pagefind-body]'), `${lang} ${slug}`).toHaveLength(0);
        expect($('[data-pagefind-filter]'), `${lang} ${slug}`).toHaveLength(0);
      }
    }
  });

  it("has every searchable page where the indexer reads that page's language", () => {
    // src/integrations/pagefind.ts gives the index the pages storyPageOf knows, in their own language only.
    const bodies = htmlFiles(dist).filter((path) => page(dist, path)('[data-pagefind-body]').length > 0);
    expect(bodies.length).toBeGreaterThan(0);
    for (const path of bodies) {
      const lang = page(dist, path)('html').attr('lang');
      expect(isLocale(lang) && storyPageOf(path.replace(/index\.html$/, ''))?.lang === lang, `${path} (${lang})`).toBe(true);
    }
  });

  it('sorts the stories by `order` in archive order, newest first, code unit by code unit as Pagefind does', () => {
    const keys = newestFirst.map((slug) => {
      const lang = locales.find((l) => stories.find(([s]) => s === slug)![1][l])!;
      return page(dist, `/${lang}/articles/${slug}/`)('[data-pagefind-body]').attr('data-pagefind-sort')!;
    });
    const byCodeUnit = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(byCodeUnit).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('carries the language and topic filters, the archive order sort and the date meta on the story', () => {
    const version = stories.find(([slug]) => slug === 'prisoner-exchange')![1];
    for (const lang of locales) {
      const $ = page(dist, `/${lang}/articles/prisoner-exchange/`);
      const body = $('[data-pagefind-body]');
      expect(body).toHaveLength(1);
      expect(body.is('article.story')).toBe(true);
      expect(body.attr('data-pagefind-filter')).toBe(`language:${lang}`);
      // Its place in the archive newest first, the same in both languages (the search page groups by it), as a
      // text that depends on the story alone (its newest date, its slug) and that Pagefind compares as text.
      const sort = body.attr('data-pagefind-sort') ?? '';
      expect(sort).toMatch(/^order:d\d{17}_prisoner-exchange$/);
      expect(page(dist, `/${locales.find((l) => l !== lang)}/articles/prisoner-exchange/`)('[data-pagefind-body]').attr('data-pagefind-sort')).toBe(
        sort,
      );
      expect(body.attr('data-pagefind-meta')).toBe(`date:${version[lang]!.date}`);
      // Topic ids, not names, so one filter value matches both languages.
      const topics = body
        .find('[data-pagefind-filter^="topic:"]')
        .map((_, el) => $(el).attr('data-pagefind-filter'))
        .get();
      expect(topics).toEqual(version[lang]!.topics.map((id) => `topic:${id}`));
      expect($('html').attr('lang')).toBe(lang);
    }
  });

  it('keeps page chrome out of the index', () => {
    const $ = page(dist, '/en/articles/paired-story/');
    for (const selector of ['.site-header', '.site-footer', '.story__kind', '.story__meta', '.story__footer', '.analysis-list']) {
      expect($(selector).closest('[data-pagefind-ignore]'), selector).toHaveLength(1);
    }
    expect($('#key-points-title').attr('data-pagefind-ignore')).toBeDefined();
    expect($('#references-title').attr('data-pagefind-ignore')).toBeDefined();
  });
});

describe('the search page', () => {
  it.each(locales)('/%s/search/ passes every string from our dictionary as JSON data', (lang) => {
    const $ = page(dist, `/${lang}/search/`);
    const config = JSON.parse($('script#search-config[type="application/json"]').text()) as SearchPageConfig;
    expect(config.pageLang).toBe(lang);
    expect(config.bundle).toBe('/pagefind/');
    expect(config.messages.noResults).toBe(dictionaries[lang]['search.noResults']);
    expect(config.messages.resultCount.other).toBe(dictionaries[lang]['search.resultCount_other']);
    expect(config.topics['peace-talks']?.href).toBe(`/${lang}/topics/peace-talks/`);
    expect($('label[for="search-page-input"]').text()).toBe(dictionaries[lang]['search.label']);
    expect($('[data-search-status]').attr('aria-live')).toBe('polite');
    expect($('noscript').html()).toContain(`href="/${lang}/topics/"`);
  });

  it('loads its code as an external module', () => {
    const $ = page(dist, '/ja/search/');
    const modules = $('script[type="module"][src]');
    expect(modules.length).toBeGreaterThan(0);
    for (const el of modules.toArray()) expect(existsSync(join(dist, $(el).attr('src')!))).toBe(true);
  });

  it('no page has an inline executable script (a strict CSP without unsafe-inline must not block anything)', () => {
    const dataTypes = ['application/json', 'application/ld+json'];
    for (const path of htmlFiles(dist)) {
      const $ = load(readFileSync(join(dist, path), 'utf8'));
      $('script:not([src])').each((_, el) => {
        const type = $(el).attr('type') ?? '';
        expect(dataTypes, `${relative(dist, join(dist, path))}: <script type="${type}">`).toContain(type);
      });
    }
  });
});
