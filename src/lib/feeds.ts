import type { Locale } from '../shared/locales';
import type { EntryLike, Story } from './pairing';

/** Items per feed: what feed readers show at once; older stories stay on the topic pages. */
export const FEED_SIZE = 20;

/**
 * The newest real `lang` versions (never fallbacks: a feed in English lists only English text), optionally
 * only those a filter keeps, newest first.
 * @example feedEntries(stories, 'en', (e) => e.data.topics.includes('ukraine')) // [{ story, entry }, …]
 */
export function feedEntries<E extends EntryLike>(
  stories: readonly Story<E>[],
  lang: Locale,
  keep: (entry: E) => boolean = () => true,
  limit: number = FEED_SIZE,
): { story: Story<E>; entry: E }[] {
  return stories
    .flatMap((story) => {
      const entry = story.versions[lang];
      return entry && keep(entry) ? [{ story, entry }] : [];
    })
    .sort(
      (a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime() || a.story.slug.localeCompare(b.story.slug),
    )
    .slice(0, limit);
}

/**
 * Escapes text for the hand-written XML in a feed's `customData` (the item fields are escaped by @astrojs/rss).
 * @example escapeXml('A & B') // 'A &amp; B'
 */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}
