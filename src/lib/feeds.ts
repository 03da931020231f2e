import type { Locale } from '../shared/locales';
import { byNewest, versionsIn, type EntryLike, type Story, type StoryVersion } from './pairing';

/** Items per feed: what feed readers show at once; older stories stay on the topic pages. */
export const FEED_SIZE = 20;

/**
 * The newest real `lang` versions (never fallbacks: a feed in English lists only English text), optionally
 * only those a filter keeps, newest first.
 * @example feedEntries(stories, 'en', (e) => e.data.topics.includes('ukraine')) // [{ slug, date, topics, entry }, …]
 */
export function feedEntries<E extends EntryLike>(
  stories: readonly Story<E>[],
  lang: Locale,
  keep: (entry: E) => boolean = () => true,
  limit: number = FEED_SIZE,
): StoryVersion<E>[] {
  return versionsIn(stories, lang)
    .filter((version) => keep(version.entry))
    .sort(byNewest)
    .slice(0, limit);
}

/**
 * Escapes text for the hand-written XML in a feed's `customData` (the item fields are escaped by @astrojs/rss).
 * @example escapeXml('A & B') // 'A &amp; B'
 */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}
