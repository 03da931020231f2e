import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/shared/locales';
import { fixtureSite, page, pageExists } from '../helpers/build';
import { htmlFiles } from '../helpers/dist';
import { SITE, jsonLd, publishedStories } from '../helpers/reach';

const dist = fixtureSite.dist;
const stories = publishedStories(fixtureSite.content);
const paired = [...stories].filter(([, v]) => locales.every((l) => v[l])).map(([slug]) => slug);
const single = [...stories].filter(([, v]) => !locales.every((l) => v[l])).map(([slug]) => slug);
const parallel = (lang: string, slug: string) => `/${lang}/articles/${slug}/parallel/`;
const blocks = (path: string) =>
  page(
    dist,
    path,
  )('.parallel > .parallel__row')
    .map((_, el) => page(dist, path)(el).attr('data-block'))
    .get();

describe('the side-by-side reading', () => {
  it('exists for every story in both languages, and only for those', () => {
    expect(paired).toEqual(expect.arrayContaining(['paired-story', 'corrected-story', 'uneven-story', 'mdx-story']));
    expect(single).toEqual(expect.arrayContaining(['ja-only', 'en-only']));
    for (const slug of paired) for (const lang of locales) expect(pageExists(dist, parallel(lang, slug))).toBe(true);
    for (const slug of single) for (const lang of locales) expect(pageExists(dist, parallel(lang, slug))).toBe(false);
    const built = htmlFiles(dist).filter((f) => f.includes('/parallel/'));
    expect(built).toHaveLength(paired.length * locales.length);
  });

  it('aligns headline, lead, key points, sections, quotes, analysis points, footnotes and references in order', () => {
    expect(blocks(parallel('en', 'paired-story'))).toEqual([
      'headline',
      'lead',
      'meta',
      'key-points',
      'key-point-1',
      'key-point-2',
      'intro',
      'section-1',
      'quote-1',
      'section-1.1',
      'analysis-1',
      'analysis-2',
      'footnotes',
      'references',
      'reference-1',
    ]);
    expect(blocks(parallel('ja', 'paired-story'))).toEqual(blocks(parallel('en', 'paired-story')));
    // An MDX story is split the same way.
    expect(blocks(parallel('ja', 'mdx-story'))).toContain('analysis-1');
  });

  it.each(locales)('puts Japanese then English in every row, each cell marked with its lang (%s)', (lang) => {
    const $ = page(dist, parallel(lang, 'paired-story'));
    expect($('html').attr('lang')).toBe(lang);
    $('.parallel > .parallel__row').each((_, row) => {
      const cells = $(row).children('.parallel__cell');
      expect(cells.map((_, c) => $(c).attr('lang')).get()).toEqual(['ja', 'en']);
      expect(cells.map((_, c) => $(c).attr('data-column')).get()).toEqual(['ja', 'en']);
    });
    const section = $('[data-block="section-1"] > .parallel__cell');
    expect(section.map((_, c) => $(c).find('h2').text()).get()).toEqual(['最初の節', 'First section']);
    // The page's heading is the headline in the reader's language; the other one is text beside it.
    expect($('h1').length).toBe(1);
    expect($('h1').closest('.parallel__cell').attr('lang')).toBe(lang);
    expect(
      $('[data-block="headline"] .parallel__headline')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['対になった記事の見出し', 'Headline of the paired story']);
  });

  it('keeps the ids of the two columns apart', () => {
    const $ = page(dist, parallel('en', 'paired-story'));
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['ja-analysis-1', 'en-analysis-1', 'ja-user-content-fn-1', 'en-user-content-fn-1']));
    // In-page links point at their own column.
    for (const a of $('.parallel a[href^="#"]').get()) {
      const href = $(a).attr('href')!.slice(1);
      expect(ids).toContain(href);
      expect(href.startsWith(`${$(a).closest('[data-column]').attr('data-column')}-`)).toBe(true);
    }
  });

  it.each(locales)('is noindex, canonical to the story page, out of the sitemap, and switches to the other reading (%s)', (lang) => {
    const $ = page(dist, parallel(lang, 'paired-story'));
    const other = locales.find((l) => l !== lang)!;
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}/${lang}/articles/paired-story/`);
    expect($('link[rel="alternate"][hreflang]').length).toBe(0);
    expect($('.lang-switcher a').attr('href')).toBe(parallel(other, 'paired-story'));
    const back = $('.parallel-page__versions a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(back).toEqual(['/ja/articles/paired-story/', '/en/articles/paired-story/']);
  });

  it('is left out of the sitemap', () => {
    const sitemaps = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemaps).toContain('/en/articles/paired-story/</loc>');
    expect(sitemaps).not.toContain('/parallel/');
  });

  it('needs no JavaScript to read: the order button is hidden until the script shows it', () => {
    const $ = page(dist, parallel('ja', 'paired-story'));
    expect($('[data-parallel-order]').attr('hidden')).toBeDefined();
    expect($('script[type="module"][src]').length).toBeGreaterThan(0);
    expect($('[data-parallel]').attr('data-first')).toBe('ja');
  });

  it('says where the two versions are not built alike, and leaves a blank cell', () => {
    const $ = page(dist, parallel('en', 'uneven-story'));
    expect(
      $('[data-parallel-mismatch] li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(['Sections: 2 in Japanese, 3 in English']);
    expect(blocks(parallel('en', 'uneven-story'))).toEqual(expect.arrayContaining(['intro', 'section-1', 'section-2', 'section-3']));
    const third = $('[data-block="section-3"] > .parallel__cell');
    expect(third.eq(0).find('.parallel__missing').text()).toBe('この版には対応する部分がありません。');
    expect(third.eq(1).find('h2').text()).toBe('The next step');
    expect(page(dist, parallel('ja', 'uneven-story'))('[data-parallel-mismatch] li').text()).toBe('節（見出し）の数: 日本語2、英語3');
    expect(page(dist, parallel('en', 'paired-story'))('[data-parallel-mismatch]').length).toBe(0);
  });
});

describe('the story page links to the side-by-side reading', () => {
  it('only where both versions exist', () => {
    for (const slug of paired) {
      for (const lang of locales) {
        const link = page(dist, `/${lang}/articles/${slug}/`)('.story__parallel a');
        expect(link.attr('href')).toBe(parallel(lang, slug));
        expect(link.text()).toBe(lang === 'ja' ? '日英対訳で読む' : 'Read side by side');
      }
    }
    for (const slug of single) {
      for (const lang of locales) expect(page(dist, `/${lang}/articles/${slug}/`)('.story__parallel').length).toBe(0);
    }
  });
});

describe('a version changed after its translation', () => {
  it('puts a dated notice on the English page when the Japanese original was updated later', () => {
    const $ = page(dist, '/en/articles/corrected-story/');
    const notice = $('.freshness-notice');
    expect(notice.length).toBe(1);
    expect(notice.find('p').eq(1).text().replace(/\s+/g, ' ').trim()).toBe(
      'The Japanese original was updated on 10 June 2025; this English version may not reflect the changes yet.',
    );
    expect(notice.find('time').attr('datetime')).toBe('2025-06-10');
    expect(notice.find('a').attr('href')).toBe('/ja/articles/corrected-story/');
    expect(notice.find('a').attr('hreflang')).toBe('ja');
    expect(page(dist, '/ja/articles/corrected-story/')('.freshness-notice').length).toBe(0);
  });

  it('puts one on the Japanese page when the English version was updated later', () => {
    const notice = page(dist, '/ja/articles/uneven-story/')('.freshness-notice');
    expect(notice.find('p').eq(1).text().replace(/\s+/g, ' ').trim()).toBe(
      '英語版は2025年4月25日に更新されました。この日本語版にはまだ反映されていない可能性があります。',
    );
    expect(notice.find('a').attr('href')).toBe('/en/articles/uneven-story/');
    expect(page(dist, '/en/articles/uneven-story/')('.freshness-notice').length).toBe(0);
  });

  it('shows no notice where both versions are as fresh, or the translation was brought up to date', () => {
    // paired-story was never updated; gaza-hostage-deal was, and both versions say `updated: 2025-02-12`.
    for (const slug of ['paired-story', 'gaza-hostage-deal']) {
      for (const lang of locales) {
        expect(page(dist, `/${lang}/articles/${slug}/`)('.freshness-notice').length).toBe(0);
        expect(page(dist, parallel(lang, slug))('[data-stale], .freshness-notice').length).toBe(0);
      }
    }
    const article = jsonLd(page(dist, '/en/articles/gaza-hostage-deal/')).find((d) => d['@type'] === 'NewsArticle')!;
    expect(article['dateModified']).toBe('2025-02-12T00:00:00.000Z');
  });

  it('marks the stale column of the side-by-side reading', () => {
    for (const lang of locales) {
      const $ = page(dist, parallel(lang, 'corrected-story'));
      expect($('.parallel__cell[data-column="en"]').length).toBe($('.parallel__cell[data-column="en"][data-stale]').length);
      expect($('.parallel__cell[data-column="ja"][data-stale]').length).toBe(0);
      expect($('[data-column="en"] .parallel__stale').text()).toBe('May not reflect the latest update yet');
      expect($('.freshness-notice').length).toBe(1);
    }
    expect(page(dist, parallel('en', 'corrected-story'))('.freshness-notice p').eq(1).text().replace(/\s+/g, ' ').trim()).toBe(
      'The Japanese original was updated on 10 June 2025; this English version may not reflect the changes yet.',
    );
  });

  it('gives each version its own dateModified in JSON-LD: its updated date, else its publication date', () => {
    const article = (lang: string) => jsonLd(page(dist, `/${lang}/articles/corrected-story/`)).find((d) => d['@type'] === 'NewsArticle')!;
    expect(article('ja')['dateModified']).toBe('2025-06-10T00:00:00.000Z');
    expect(article('en')['dateModified']).toBe('2025-06-02T00:00:00.000Z');
    expect(article('en')['datePublished']).toBe('2025-06-02T00:00:00.000Z');
  });
});
