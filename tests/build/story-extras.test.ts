import { describe, expect, it } from 'vitest';
import { locales } from '../../src/shared/locales';
import { fixtureSite, page } from '../helpers/build';
import { SITE, publishedStories, readNames, shownVersion } from '../helpers/reach';

const dist = fixtureSite.dist;
const stories = publishedStories(fixtureSite.content);
const authors = readNames(fixtureSite.content, 'authors');
const storyPages = [...stories].flatMap(([slug, versions]) =>
  locales.map((lang) => [`/${lang}/articles/${slug}/`, { slug, lang, versions }] as const),
);
const slugOf = (href: string) => href.split('/')[3]!;

describe('share bar', () => {
  const title = stories.get('paired-story')!.ja!.title;
  const url = `${SITE}/ja/articles/paired-story/`;
  const $ = page(dist, '/ja/articles/paired-story/');
  const bar = $('[data-share-bar]').first();
  const href = (host: string) => bar.find(`a[href^="${host}"]`).attr('href')!;

  it('shares the Japanese title and the canonical URL, percent-encoded', () => {
    const x = href('https://x.com/');
    expect(x).toContain(`text=${encodeURIComponent(title)}`);
    expect(x).toContain(`url=${encodeURIComponent(url)}`);
    expect(new URL(x).searchParams.get('text')).toBe(title);
    const hatena = new URL(href('https://b.hatena.ne.jp/'));
    expect([hatena.searchParams.get('url'), hatena.searchParams.get('btitle')]).toEqual([url, title]);
    expect(new URL(href('https://bsky.app/')).searchParams.get('text')).toBe(`${title} ${url}`);
    for (const a of bar.find('a').get()) expect($(a).attr('href')).not.toMatch(/[^\x21-\x7e]/);
  });

  it('offers every service as a plain link, labelled from the dictionary', () => {
    const hosts = bar
      .find('a')
      .map((_, a) => $(a).attr('href')!.split('?')[0])
      .get();
    expect(hosts).toEqual([
      'mailto:',
      'https://note.com/intent/post',
      'https://x.com/intent/post',
      'https://www.facebook.com/sharer/sharer.php',
      'https://b.hatena.ne.jp/entry/panel/',
      'https://www.linkedin.com/sharing/share-offsite/',
      'https://bsky.app/intent/compose',
    ]);
    expect(
      bar
        .find('a')
        .map((_, a) => $(a).text())
        .get(),
    ).toContain('はてなブックマーク');
    expect(bar.attr('aria-label')).toBe('この記事を共有する');
  });

  it('hides print and copy link until the script enables them', () => {
    for (const selector of ['[data-share-print]', '[data-share-copy]']) {
      const button = bar.find(selector);
      expect(button.is('button[type="button"]'), selector).toBe(true);
      expect(button.closest('li').attr('hidden'), selector).toBeDefined();
    }
    expect(bar.find('[data-share-copy]').attr('data-share-copy')).toBe(url);
  });

  it('shares the original from a fallback page', () => {
    const fallback = page(dist, '/en/articles/ja-only/')('[data-share-bar]').first();
    expect(fallback.find('[data-share-copy]').attr('data-share-copy')).toBe(`${SITE}/ja/articles/ja-only/`);
    expect(fallback.attr('lang')).toBe('en');
  });

  it.each(storyPages)('%s runs no inline script and no inline event handler', (path) => {
    const $page = page(dist, path);
    $page('script').each((_, el) => {
      const script = $page(el);
      expect(script.attr('src') !== undefined || script.attr('type') === 'application/ld+json', $page.html(el)).toBe(true);
    });
    const handlers = $page('*').filter((_, el) => 'attribs' in el && Object.keys(el.attribs).some((a) => a.startsWith('on')));
    expect(handlers).toHaveLength(0);
  });
});

describe('related stories and neighbours', () => {
  it.each(storyPages)('%s suggests only other real stories in its language', (path, { slug, lang, versions }) => {
    const $ = page(dist, path);
    const shown = shownVersion(versions, lang);
    const related = $('.related a')
      .map((_, a) => $(a).attr('href')!)
      .get();
    for (const href of related) {
      expect(href.startsWith(`/${lang}/articles/`), href).toBe(true);
      expect(slugOf(href), href).not.toBe(slug);
      const other = stories.get(slugOf(href))?.[lang];
      expect(other, `${href} is a real ${lang} version`).toBeDefined();
      expect(
        other!.topics.some((t) => shown.topics.includes(t)),
        `${href} shares a topic`,
      ).toBe(true);
    }
    expect(new Set(related).size).toBe(related.length);

    const neighbours = $('.topic-neighbours a')
      .map((_, a) => $(a).attr('href')!)
      .get();
    for (const href of neighbours) {
      expect(href.startsWith(`/${lang}/articles/`), href).toBe(true);
      expect(slugOf(href), href).not.toBe(slug);
      expect(stories.get(slugOf(href))?.[lang]?.topics, href).toContain(shown.topics[0]);
    }
  });

  it('finds the stories that share topics, most shared first', () => {
    const $ = page(dist, '/ja/articles/paired-story/');
    const related = $('.related a')
      .map((_, a) => slugOf($(a).attr('href')!))
      .get();
    expect(related).toContain('ja-only');
    // Shares one topic (peace-talks), like several others; the newer ones fill the list.
    expect(related).toContain('thailand-talks');
    expect(page(dist, '/en/articles/paired-story/')('.related a[href*="ja-only"]')).toHaveLength(0);
  });

  it('links the previous and next story of the main topic in date order', () => {
    // Archive stories are one day apart in one topic: the neighbours of the 10th are the 9th and the 11th.
    const $ = page(dist, '/en/articles/archive-10/');
    expect($('.topic-neighbours a[rel="prev"]').attr('href')).toBe('/en/articles/archive-09/');
    expect($('.topic-neighbours a[rel="next"]').attr('href')).toBe('/en/articles/archive-11/');
    expect(page(dist, '/en/articles/archive-01/')('.topic-neighbours a[rel="prev"]')).toHaveLength(0);
  });
});

describe('authors', () => {
  it.each(locales)('the %s profile shows name, role and bio, then the author’s stories', (lang) => {
    const $ = page(dist, `/${lang}/authors/desk/`);
    expect($('h1').text()).toBe(authors.get('desk')![lang]);
    expect($('.author-profile__role').text()).toBe(lang === 'ja' ? 'テスト担当デスク' : 'Test desk editor');
    expect($('.author-profile__bio').text()).toBeTruthy();
    expect(
      $('.story-card__title a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toContain(`/${lang}/articles/paired-story/`);
    expect(
      $('nav.breadcrumbs a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([`/${lang}/`, `/${lang}/authors/`]);
  });

  it.each(locales)('the %s byline links to the profile', (lang) => {
    const $ = page(dist, `/${lang}/articles/paired-story/`);
    const link = $('.story__byline a');
    expect(link.attr('href')).toBe(`/${lang}/authors/desk/`);
    expect(link.text()).toBe(authors.get('desk')![lang]);
  });

  it.each(locales)('the %s author index lists every author', (lang) => {
    const $ = page(dist, `/${lang}/authors/`);
    expect(
      $('main a[href^="/' + lang + '/authors/"]')
        .map((_, a) => $(a).text())
        .get(),
    ).toContain(authors.get('desk')![lang]);
  });
});
