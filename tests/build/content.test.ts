import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/shared/locales';
import { buildSite, outputRoot, page, pageExists, root, type BuildResult } from '../helpers/build';
import { readFixtureStories } from '../helpers/fixture';

/**
 * The real sample content in `content/` must always build: this is what `npm run build` publishes.
 * The fixture tests check behaviour in detail; this one checks the editors' actual stories.
 */
const site = {
  content: join(root, 'content'),
  dist: join(outputRoot, 'content-dist'),
  cache: join(outputRoot, 'content-cache'),
};
let build: BuildResult;

beforeAll(() => {
  build = buildSite(site);
});

describe('the sample content', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('yields a page in both languages for every story folder, with the right <html lang>', () => {
    const slugs = readdirSync(join(site.content, 'articles'));
    expect(slugs.length).toBeGreaterThanOrEqual(8);
    for (const slug of slugs) {
      for (const lang of locales) {
        const path = `/${lang}/articles/${slug}/`;
        expect(pageExists(site.dist, path), path).toBe(true);
        expect(page(site.dist, path)('html').attr('lang')).toBe(lang);
      }
    }
  });

  it('shows each story in its own language, or the other one with a notice', () => {
    for (const [slug, versions] of readFixtureStories(site.content)) {
      for (const lang of locales) {
        const $ = page(site.dist, `/${lang}/articles/${slug}/`);
        const own = versions[lang];
        if (own) {
          expect($('h1').text()).toBe(own.title);
          expect($('.fallback-notice')).toHaveLength(0);
        } else {
          expect($('.fallback-notice'), `${lang} ${slug}`).toHaveLength(1);
        }
      }
    }
  });

  it('has the flagship story with three analysis points in both languages', () => {
    for (const lang of locales) {
      const $ = page(site.dist, `/${lang}/articles/istanbul-talks-2025-05/`);
      expect($('.analysis-point')).toHaveLength(3);
      expect($('.analysis-list li')).toHaveLength(3);
      expect($('figure.quote').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('lists the peace-talks topic in both languages', () => {
    expect(page(site.dist, '/ja/topics/peace-talks/')('h1').text()).toBe('和平交渉');
    expect(page(site.dist, '/en/topics/peace-talks/')('h1').text()).toBe('Peace talks');
  });
});
