import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeInfo, locales } from '../../src/shared/locales';
import { fixtureSite, page } from '../helpers/build';
import { SITE, jsonLd, meta, publishedStories, readNames, shownVersion } from '../helpers/reach';

const dist = fixtureSite.dist;
const stories = publishedStories(fixtureSite.content);
const topics = readNames(fixtureSite.content, 'topics');
const storyPages = [...stories].flatMap(([slug, versions]) => locales.map((lang) => ({ slug, lang, versions })));
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

describe('rich previews on every story page', () => {
  it.each(storyPages.map((p) => [`/${p.lang}/articles/${p.slug}/`, p] as const))('%s', (path, { slug, lang, versions }) => {
    const $ = page(dist, path);
    const shown = shownVersion(versions, lang);
    const canonical = `${SITE}/${shown.lang}/articles/${slug}/`;
    const others = locales.filter((l) => l !== shown.lang && versions[l]);
    const mainTopic = topics.get(shown.topics[0]!)![shown.lang];

    // Open Graph and X card
    expect(meta($, 'og:type')).toEqual(['article']);
    expect(meta($, 'og:title')).toEqual([shown.title]);
    expect(meta($, 'og:description')).toEqual([$('meta[name="description"]').attr('content')]);
    expect(meta($, 'og:url')).toEqual([canonical]);
    expect(meta($, 'og:locale')).toEqual([localeInfo[shown.lang].ogLocale]);
    expect(meta($, 'og:locale:alternate')).toEqual(others.map((l) => localeInfo[l].ogLocale));
    expect(meta($, 'og:image')[0]).toMatch(new RegExp(`^${SITE}/`));
    expect(meta($, 'og:image:alt')[0]).toBeTruthy();
    expect(meta($, 'article:published_time')[0]).toMatch(isoDateTime);
    expect(meta($, 'article:published_time')[0]!.slice(0, 10)).toBe(shown.date);
    expect(meta($, 'article:section')).toEqual([mainTopic]);
    expect(meta($, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta($, 'twitter:image')).toEqual(meta($, 'og:image'));

    // JSON-LD NewsArticle
    const [article, ...more] = jsonLd($).filter((d) => d['@type'] === 'NewsArticle');
    expect(more).toHaveLength(0);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: shown.title,
      description: meta($, 'og:description')[0],
      inLanguage: shown.lang,
      url: canonical,
      isAccessibleForFree: true,
      articleSection: mainTopic,
      keywords: shown.topics.map((t) => topics.get(t)![shown.lang]),
      publisher: { name: expect.any(String), url: `${SITE}/${shown.lang}/` },
      author: { name: expect.any(String) },
    });
    expect(article!['datePublished']).toMatch(isoDateTime);
    expect(article!['dateModified']).toMatch(isoDateTime);
    expect(article!['image']).toEqual(meta($, 'og:image'));

    // The Japanese version is the original when there is one.
    const ref = (l: string) => expect.objectContaining({ url: `${SITE}/${l}/articles/${slug}/`, inLanguage: l });
    if (others.length === 0) {
      expect(article).not.toHaveProperty('workTranslation');
      expect(article).not.toHaveProperty('translationOfWork');
    } else if (shown.lang === 'ja') {
      expect(article!['workTranslation']).toEqual(others.map(ref));
      expect(article).not.toHaveProperty('translationOfWork');
    } else {
      expect(article!['translationOfWork']).toEqual(ref('ja'));
      expect(article).not.toHaveProperty('workTranslation');
    }
  });

  it('credits the author by name, role and profile page', () => {
    const [article] = jsonLd(page(dist, '/en/articles/paired-story/')).filter((d) => d['@type'] === 'NewsArticle');
    expect(article!['author']).toEqual({
      '@type': 'Person',
      name: 'Test desk',
      jobTitle: 'Test desk editor',
      url: `${SITE}/en/authors/desk/`,
    });
  });

  it('keeps "<" out of JSON-LD so it cannot end its script element', () => {
    for (const path of ['/ja/articles/paired-story/', '/en/articles/paired-story/', '/ja/topics/peace-talks/']) {
      const $ = page(dist, path);
      $('script[type="application/ld+json"]').each((_, el) => expect($(el).html()).not.toContain('<'));
    }
  });

  it('uses a story’s own image, resized, with its alt text', () => {
    const $ = page(dist, '/en/articles/en-only/');
    const image = meta($, 'og:image')[0]!;
    expect(image).toMatch(new RegExp(`^${SITE}/_astro/.+\\.jpg$`));
    expect(existsSync(join(dist, new URL(image).pathname))).toBe(true);
    expect(meta($, 'og:image:alt')).toEqual(['A grey test card']);
    expect(meta($, 'twitter:image:alt')).toEqual(['A grey test card']);
  });

  it('falls back to a real 1200×630 PNG when a story has no image', () => {
    const $ = page(dist, '/ja/articles/paired-story/');
    expect(meta($, 'og:image')).toEqual([`${SITE}/og-default.png`]);
    expect(meta($, 'og:image:width')).toEqual(['1200']);
    expect(meta($, 'og:image:height')).toEqual(['630']);
    const png = readFileSync(join(dist, 'og-default.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]); // IHDR width, height
  });
});

describe.each(locales)('the %s topic pages', (lang) => {
  const $ = page(dist, `/${lang}/topics/peace-talks/`);
  const name = topics.get('peace-talks')![lang];

  it('describe themselves as a CollectionPage of the stories they list', () => {
    const collection = jsonLd($).find((d) => d['@type'] === 'CollectionPage')!;
    expect(collection).toMatchObject({ name, inLanguage: lang, url: `${SITE}/${lang}/topics/peace-talks/` });
    const listed = $('.story-card__title a')
      .map((_, el) => $(el).attr('href')!.split('/')[3])
      .get();
    const items = collection['mainEntity']['itemListElement'] as { url: string; position: number }[];
    expect(items.map((i) => i.url.split('/')[5])).toEqual(listed);
    expect(items.map((i) => i.position)).toEqual(listed.map((_, i) => i + 1));
  });

  it('show breadcrumbs, and the same trail as BreadcrumbList JSON-LD', () => {
    const nav = $('nav.breadcrumbs');
    expect(nav.attr('aria-label')).toBeTruthy();
    const visible = nav
      .find('li')
      .map((_, el) => $(el).text())
      .get();
    expect(visible).toHaveLength(3);
    expect(visible[2]).toBe(name);
    expect(nav.find('li').last().find('[aria-current="page"]')).toHaveLength(1);
    expect(
      nav
        .find('a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual([`/${lang}/`, `/${lang}/topics/`]);
    const trail = jsonLd($).find((d) => d['@type'] === 'BreadcrumbList')!;
    expect(trail['itemListElement']).toEqual(
      visible.map((n, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: n,
        item: `${SITE}${[`/${lang}/`, `/${lang}/topics/`, `/${lang}/topics/peace-talks/`][i]}`,
      })),
    );
  });
});
