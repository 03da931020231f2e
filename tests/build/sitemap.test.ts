import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/shared/locales';
import { fixtureSite, page } from '../helpers/build';
import { SITE, builtPages, publishedStories, readXml } from '../helpers/reach';

const dist = fixtureSite.dist;
const stories = publishedStories(fixtureSite.content);

/** Every `<url>` of every sitemap the index lists, by URL, with its hreflang alternates. */
function readSitemaps(): Map<string, Map<string, string>> {
  const index = readXml(join(dist, 'sitemap-index.xml'));
  const urls = new Map<string, Map<string, string>>();
  for (const sitemap of index['sitemapindex']['sitemap'] as { loc: string }[]) {
    expect(sitemap.loc.startsWith(`${SITE}/`)).toBe(true);
    const xml = readXml(join(dist, new URL(sitemap.loc).pathname));
    for (const url of xml['urlset']['url'] as Record<string, any>[]) {
      const links = (url['xhtml:link'] ?? []) as Record<string, string>[];
      urls.set(url['loc'], new Map(links.map((l) => [l['@hreflang']!, l['@href']!])));
    }
  }
  return urls;
}

const sitemap = readSitemaps();
const noindex = (path: string) => page(dist, path)('meta[name="robots"][content*="noindex"]').length > 0;

describe('robots.txt', () => {
  it('allows crawling and points at the sitemap on the configured site', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});

describe('the sitemap', () => {
  it('lists every indexable page and nothing else', () => {
    const pages = builtPages(dist).filter((p) => p !== '/404.html');
    const indexable = pages.filter((p) => !noindex(p)).map((p) => `${SITE}${p}`);
    expect([...sitemap.keys()].sort()).toEqual(indexable.sort());
    expect(indexable.length).toBeGreaterThan(40);
  });

  it('has every real story version and no fallback page', () => {
    for (const [slug, versions] of stories) {
      for (const lang of locales) {
        const url = `${SITE}/${lang}/articles/${slug}/`;
        expect(sitemap.has(url), url).toBe(!!versions[lang]);
      }
    }
    expect(sitemap.has(`${SITE}/en/articles/ja-only/`)).toBe(false);
    expect(sitemap.has(`${SITE}/ja/articles/en-only/`)).toBe(false);
  });

  it('leaves out the 404 page and drafts', () => {
    expect([...sitemap.keys()].some((u) => u.includes('404'))).toBe(false);
    expect([...sitemap.keys()].some((u) => u.includes('draft-story'))).toBe(false);
  });

  it('links translations with hreflang only between real pairs, with x-default on the Japanese original', () => {
    for (const [slug, versions] of stories) {
      const real = locales.filter((l) => versions[l]);
      for (const lang of real) {
        const links = sitemap.get(`${SITE}/${lang}/articles/${slug}/`)!;
        if (real.length === 1) {
          expect(links.size, slug).toBe(0);
          continue;
        }
        expect(Object.fromEntries(links), slug).toEqual({
          ...Object.fromEntries(real.map((l) => [l, `${SITE}/${l}/articles/${slug}/`])),
          'x-default': `${SITE}/ja/articles/${slug}/`,
        });
      }
    }
  });

  it('never points an alternate at a page missing from the sitemap', () => {
    for (const [url, links] of sitemap) {
      for (const href of links.values()) expect(sitemap.has(href), `${url} → ${href}`).toBe(true);
    }
  });

  it('makes the language chooser the x-default of the home pages', () => {
    for (const url of [`${SITE}/`, `${SITE}/ja/`, `${SITE}/en/`]) {
      expect(Object.fromEntries(sitemap.get(url)!)).toEqual({
        ja: `${SITE}/ja/`,
        en: `${SITE}/en/`,
        'x-default': `${SITE}/`,
      });
    }
  });
});
