import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/shared/locales';
import { FEED_SIZE } from '../../src/lib/feeds';
import { fixtureSite, page } from '../helpers/build';
import { SITE, publishedStories, readNames, readXml } from '../helpers/reach';

const dist = fixtureSite.dist;
const stories = publishedStories(fixtureSite.content);
const topics = readNames(fixtureSite.content, 'topics');

/** What a feed must list: the real `lang` versions (never fallbacks) that pass `keep`, newest first. */
function expectedItems(lang: Locale, keep: (topics: string[]) => boolean = () => true) {
  return [...stories.values()]
    .flatMap((v) => (v[lang] && keep(v[lang].topics) ? [v[lang]] : []))
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
    .slice(0, FEED_SIZE);
}

function channelOf(path: string) {
  const file = join(dist, path);
  expect(existsSync(file), path).toBe(true);
  const xml = readXml(file);
  expect(xml['rss']['@version']).toBe('2.0');
  return xml['rss']['channel'] as Record<string, any>;
}

describe.each(locales)('the %s story feed', (lang) => {
  const channel = channelOf(`${lang}/rss.xml`);
  const items = (channel['item'] ?? []) as Record<string, any>[];

  it('is RSS 2.0 in the right language, linking the home page and itself', () => {
    expect(channel['language']).toBe(lang);
    expect(channel['link']).toBe(`${SITE}/${lang}/`);
    expect(channel['atom:link']['@href']).toBe(`${SITE}/${lang}/rss.xml`);
    expect(channel['title']).toBeTruthy();
    expect(channel['description']).toBeTruthy();
  });

  it(`lists the newest ${FEED_SIZE} real ${lang} versions, newest first`, () => {
    const expected = expectedItems(lang);
    expect(expected.length).toBeGreaterThan(0);
    expect(items.map((i) => i['link'])).toEqual(expected.map((v) => `${SITE}/${lang}/articles/${v.slug}/`));
  });

  it('gives every item an absolute link, a date, the title and the lead of the page it links to', () => {
    for (const item of items) {
      expect(item['link']).toMatch(new RegExp(`^${SITE}/${lang}/articles/[a-z0-9-]+/$`));
      expect(item['guid']['#text']).toBe(item['link']);
      const slug = String(item['link']).split('/')[5]!;
      expect(new Date(item['pubDate']).toISOString().slice(0, 10)).toBe(stories.get(slug)![lang]!.date);
      const $ = page(dist, new URL(item['link']).pathname);
      expect(item['title']).toBe($('h1').text());
      expect(item['description']).toBe($('meta[name="description"]').attr('content'));
      expect(item['category']).toEqual(stories.get(slug)![lang]!.topics.map((t) => topics.get(t)![lang]));
    }
  });

  it('is announced on the language’s pages', () => {
    for (const path of [`/${lang}/`, `/${lang}/topics/`, `/${lang}/articles/paired-story/`]) {
      const $ = page(dist, path);
      expect($(`link[rel="alternate"][type="application/rss+xml"][href="${SITE}/${lang}/rss.xml"]`), path).toHaveLength(1);
    }
  });
});

describe.each(locales)('the %s topic feeds', (lang) => {
  it.each([...topics.keys()])('%s lists the real versions on that topic', (topic) => {
    const channel = channelOf(`${lang}/topics/${topic}/rss.xml`);
    expect(channel['language']).toBe(lang);
    expect(channel['link']).toBe(`${SITE}/${lang}/topics/${topic}/`);
    expect(channel['title']).toContain(topics.get(topic)![lang]);
    const items = (channel['item'] ?? []) as Record<string, any>[];
    expect(items.map((i) => i['link'])).toEqual(expectedItems(lang, (t) => t.includes(topic)).map((v) => `${SITE}/${lang}/articles/${v.slug}/`));
  });

  it('are announced in the head of the topic page and linked visibly', () => {
    const $ = page(dist, `/${lang}/topics/peace-talks/`);
    expect($(`link[rel="alternate"][type="application/rss+xml"][href="${SITE}/${lang}/topics/peace-talks/rss.xml"]`)).toHaveLength(1);
    expect($(`main a[href="/${lang}/topics/peace-talks/rss.xml"]`)).toHaveLength(1);
  });

  it('cap a long topic at the feed size', () => {
    const items = channelOf(`${lang}/topics/archive/rss.xml`)['item'] as unknown[];
    expect(items).toHaveLength(FEED_SIZE);
  });
});
