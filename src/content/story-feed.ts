import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
import type { Locale } from '../shared/locales';
import { escapeXml, feedEntries } from '../lib/feeds';
import { getStories, type ArticleEntry } from './stories';
import { absoluteUrl, paths } from '../shared/urls';

export interface StoryFeedOptions {
  lang: Locale;
  /** The site URL from the Astro config (`context.site`). */
  site: URL | undefined;
  title: string;
  description: string;
  /** Site-relative path of the HTML page the feed follows (the channel's `<link>`). */
  pagePath: string;
  /** Site-relative path of the feed itself, for `atom:link rel="self"`. */
  feedPath: string;
  /** Which `lang` versions to list; all by default. */
  keep?: ((entry: ArticleEntry) => boolean) | undefined;
}

/**
 * An RSS 2.0 feed of the newest real `lang` versions: absolute links, publication dates, the lead as the
 * description, topic names as categories and the author as `dc:creator` (RSS's own `<author>` must be an
 * e-mail address).
 */
export async function storyFeed(options: StoryFeedOptions): Promise<Response> {
  const { lang, site } = options;
  if (!site) throw new Error('Feeds need absolute URLs: set `site` in astro.config.mjs (or SITE_URL).');
  const [stories, topics, authors] = await Promise.all([
    getStories(),
    getCollection('topics'),
    getCollection('authors'),
  ]);
  const topicName = new Map(topics.map((t) => [t.id, t.data.name[lang]]));
  const authorName = new Map(authors.map((a) => [a.id, a.data.name[lang]]));
  return rss({
    title: options.title,
    description: options.description,
    site: absoluteUrl(options.pagePath, site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${lang}</language>`,
      `<atom:link href="${escapeXml(absoluteUrl(options.feedPath, site))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: feedEntries(stories, lang, options.keep).map(({ slug, entry }) => {
      const author = entry.data.author ? authorName.get(entry.data.author) : undefined;
      return {
        title: entry.data.title,
        link: absoluteUrl(paths.article(lang, slug), site),
        pubDate: entry.data.date,
        description: entry.data.lead,
        categories: entry.data.topics.flatMap((id) => topicName.get(id) ?? []),
        ...(author ? { customData: `<dc:creator>${escapeXml(author)}</dc:creator>` } : {}),
      };
    }),
  });
}
