import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/shared/i18n';
import { locales, type Locale } from '../../src/shared/locales';
import { fixtureSite, page } from '../helpers/build';
import { SITE, publishedStories } from '../helpers/reach';

/**
 * Long-form reading on the built fixture site: the table of contents, the author box, the share controls, the
 * no-break spans around dates and counters, the print line and the not-found pages. What needs layout (one line
 * box per date, the first screen on a phone, print styles) is in tests/browser/reading.test.ts.
 */
const dist = fixtureSite.dist;
const stories = publishedStories(fixtureSite.content);
const long = (lang: Locale) => page(dist, `/${lang}/articles/long-read/`);
/** Whether the editor gave the story an author, read from its Japanese or only file. */
const hasAuthor = (slug: string) => {
  const v = stories.get(slug)!;
  const lang = v.ja ? 'ja' : 'en';
  const file = ['md', 'mdx'].map((ext) => join(fixtureSite.content, 'articles', slug, `${lang}.${ext}`)).find(existsSync)!;
  return /^author: /m.test(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '');
};

describe('table of contents', () => {
  it('lists every ## section of a story with four or more, linking to its heading', () => {
    const $ = long('ja');
    const toc = $('article details.toc');
    expect(toc).toHaveLength(1);
    expect(toc.attr('open')).toBeUndefined();
    expect(toc.find('summary').text()).toBe('目次');
    expect(toc.attr('data-pagefind-ignore')).toBe('all');
    const links = toc.find('nav a');
    const headings = $('.story__body h2').filter((_, h) => !$(h).is('#footnote-label'));
    expect(links.map((_, a) => $(a).text()).get()).toEqual(['協議の経緯', '当事者3者の主張', '主な出来事', '今後の見通し']);
    expect(links.map((_, a) => $(a).attr('href')).get()).toEqual(headings.map((_, h) => `#${$(h).attr('id')}`).get());
    expect(toc.find('nav').attr('aria-label')).toBe('目次');
  });

  it('comes after the key points and before the body', () => {
    const $ = long('ja');
    const order = $('.key-points, details.toc, .story__body')
      .map((_, el) => $(el).attr('class'))
      .get();
    expect(order).toEqual(['key-points', 'toc', 'story__body']);
  });

  it('is left out with toc: false, and for stories with fewer than four sections', () => {
    expect(long('en')('.toc')).toHaveLength(0);
    // Four sections in the English text, but the frontmatter turns the table off.
    expect(long('en')('.story__body h2').length).toBeGreaterThanOrEqual(4);
    for (const lang of locales) expect(page(dist, `/${lang}/articles/paired-story/`)('.toc'), lang).toHaveLength(0);
  });

  it('loads its script only where there is a table', () => {
    const script = (lang: Locale, slug: string) => page(dist, `/${lang}/articles/${slug}/`)('script[src*="TableOfContents"]').length;
    expect(script('ja', 'long-read')).toBe(1);
    expect(script('en', 'long-read')).toBe(0);
    expect(script('ja', 'paired-story')).toBe(0);
  });
});

describe('author box', () => {
  const withAuthor = [...stories.keys()].filter(hasAuthor);

  it.each(locales)('ends every %s story with an author: name, role, bio, photo and a link to the author page', (lang) => {
    expect(withAuthor.length).toBeGreaterThan(1);
    const t = useTranslations(lang);
    const $ = long(lang);
    const box = $('article aside.author-box');
    expect(box).toHaveLength(1);
    expect(box.find('h2').text()).toBe(t('author.boxTitle'));
    expect(box.find('.author-box__name a').text()).toBe(lang === 'ja' ? 'テスト編集部' : 'Test desk');
    expect(box.find('.author-box__name a').attr('href')).toBe(`/${lang}/authors/desk/`);
    expect(box.find('.author-box__role').text()).toBe(lang === 'ja' ? 'テスト担当デスク' : 'Test desk editor');
    expect(box.find('.author-box__bio').text()).toBe(lang === 'ja' ? 'テスト用の執筆者です。' : 'An author for tests.');
    const photo = box.find('img.author-box__photo');
    expect(photo.attr('alt')).toBe('');
    expect(photo.attr('src')).toMatch(/^\/_astro\/desk\.[\w-]+\.webp$/);
    expect(existsSync(join(dist, photo.attr('src')!))).toBe(true);
    // After the body and references, before the share bar at the very end.
    const order = $('.story__body, .references, .author-box, [data-share-bar]')
      .map((_, el) => $(el).attr('class')!.split(' ')[0])
      .get();
    expect(order).toEqual(['story__body', 'references', 'author-box', 'share-bar']);
    for (const slug of withAuthor) expect(page(dist, `/${lang}/articles/${slug}/`)('.author-box'), slug).toHaveLength(1);
  });

  it('is missing only where a story has no author', () => {
    const none = [...stories.keys()].filter((slug) => !hasAuthor(slug));
    expect(none.length).toBeGreaterThan(0);
    for (const slug of none) expect(page(dist, `/ja/articles/${slug}/`)('.author-box'), slug).toHaveLength(0);
  });

  it('the author page shows the photo too', () => {
    expect(page(dist, '/en/authors/desk/')('img.author-profile__photo')).toHaveLength(1);
  });
});

describe('share controls', () => {
  it.each(locales)('the %s story has one compact share button near the top and the full bar only at the end', (lang) => {
    const $ = long(lang);
    const bars = $('[data-share-bar]');
    expect(bars).toHaveLength(1);
    expect(bars.attr('id')).toBe('share');
    const button = $('.story__tools .share-button');
    expect(button).toHaveLength(1);
    expect(button.attr('href')).toBe('#share');
    expect(button.attr('data-share-url')).toBe(`${SITE}/${lang}/articles/long-read/`);
    expect(button.text().trim()).toBe(useTranslations(lang)('share.button'));
    // The button sits above the key points; the bar below the story text.
    const order = $('.share-button, .key-points, .story__body, [data-share-bar]')
      .map((_, el) => $(el).attr('class')!.split(' ')[0])
      .get();
    expect(order).toEqual(['share-button', 'key-points', 'story__body', 'share-bar']);
  });
});

describe('dates and numbers with counters stay whole', () => {
  const nb = (lang: Locale, scope: string) => {
    const $ = long(lang);
    return $(`${scope} .nb`)
      .map((_, el) => $(el).text())
      .get();
  };

  it('wraps them in the Japanese body, lead and key points', () => {
    expect(nb('ja', '.story__body')).toEqual(
      expect.arrayContaining(['2022年2月24日', '2025年12月25日', '4日', '2025年5月16日', '3年', '1000人', '2～3週間']),
    );
    expect(nb('ja', '.story__lead')).toEqual(['2025年12月25日', '1000人', '2～3週間']);
    expect(nb('ja', '.key-points')).toEqual(['1000人', '2025年5月16日', '2～3週間']);
  });

  it('wraps them in the English body, lead and key points', () => {
    expect(nb('en', '.story__body')).toEqual(
      expect.arrayContaining(['24 February 2022', '25 December 2025', '16 May 2025', '4 days', '1,000 people', '2–3 weeks']),
    );
    expect(nb('en', '.story__lead')).toEqual(['25 December 2025', '1,000 people', '2–3 weeks']);
  });

  it.each(locales)('every date cell of the %s chronology is one no-break run', (lang) => {
    const $ = long(lang);
    const table = $('.story__body table').last();
    const cells = table.find('tbody td:first-child');
    expect(cells).toHaveLength(3);
    cells.each((_, td) => {
      expect($(td).children('.nb').length, $(td).text()).toBe(1);
      expect($(td).children('.nb').text()).toBe($(td).text());
    });
  });

  it('changes no text: the words, the glossary links and the search body read the same', () => {
    const $ = long('ja');
    expect($('.story__body').text()).toContain('双方1000人ずつの身柄の交換で合意した');
    expect($('.story__body').text()).toContain('2025年5月16日にはイスタンブールで');
    // The glossary still links its first mentions (it runs before the spans are added).
    expect($('.story__body a.gloss').length).toBeGreaterThan(0);
    // Never inside code, and never a span in a span.
    expect($('.nb .nb')).toHaveLength(0);
  });

  it('the English byline writes the date the way the text does', () => {
    expect(long('en')('.story__meta time').first().text()).toBe('26 December 2025');
    expect(long('ja')('.story__meta time').first().text()).toBe('2025年12月26日');
  });
});

describe('print', () => {
  it.each(locales)('the %s story carries the site name and its address for paper, hidden on screen', (lang) => {
    const t = useTranslations(lang);
    const line = long(lang)('.print-source');
    expect(line).toHaveLength(1);
    expect(line.attr('hidden')).toBeDefined();
    expect(line.text()).toBe(t('print.source', { site: t('site.name'), url: `${SITE}/${lang}/articles/long-read/` }));
  });

  it('a fallback page prints the original address, in the reader language', () => {
    const line = page(dist, '/en/articles/ja-only/')('.print-source');
    expect(line.text()).toContain(`${SITE}/ja/articles/ja-only/`);
    expect(line.attr('lang')).toBe('en');
  });
});

describe('header search', () => {
  it.each(locales)('the %s header keeps its search form (same action and field) inside a <details> with an icon', (lang) => {
    const $ = page(dist, `/${lang}/`);
    const details = $('.site-header details.header-search');
    expect(details).toHaveLength(1);
    expect(details.find('summary .visually-hidden').text()).toBe(useTranslations(lang)('search.label'));
    const form = details.find('form[role="search"]');
    expect(form.attr('action')).toBe(`/${lang}/search/`);
    expect(form.attr('method')).toBe('get');
    expect(form.find('input#header-search').attr('name')).toBe('q');
  });
});

describe('not-found pages', () => {
  it.each(locales)('dist/%s/404.html is in its language, with search, a language switcher and no index', (lang) => {
    expect(existsSync(join(dist, lang, '404.html'))).toBe(true);
    expect(existsSync(join(dist, lang, '404'))).toBe(false);
    const t = useTranslations(lang);
    const $ = page(dist, `/${lang}/404.html`);
    expect($('html').attr('lang')).toBe(lang);
    expect($('h1').text()).toBe(t('notFound.title'));
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    const form = $('main form[role="search"]');
    expect(form.attr('action')).toBe(`/${lang}/search/`);
    expect(form.find('input').attr('name')).toBe('q');
    const other = lang === 'ja' ? 'en' : 'ja';
    expect($('.lang-switcher a').attr('href')).toBe(`/${other}/`);
    expect($('main a[href]').last().attr('href')).toBe(`/${lang}/`);
    // Served at any missing address: every link must start at the root.
    $('a[href], link[href], script[src], form[action]').each((_, el) => {
      const url = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action')!;
      expect(url, url).toMatch(/^(\/|#|https?:)/);
    });
  });

  it('the bilingual dist/404.html has a search box in each language', () => {
    const $ = page(dist, '/404.html');
    for (const lang of locales) {
      const form = $(`section[lang="${lang}"] form[role="search"]`);
      expect(form.attr('action'), lang).toBe(`/${lang}/search/`);
      expect(form.attr('aria-labelledby'), lang).toBe(`choice-${lang}`);
    }
  });
});
