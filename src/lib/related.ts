import type { Locale } from '../i18n/locales';
import { byNewest, type EntryLike, type Story } from './pairing';

/** The part of a story version that ranking needs: its slug, date and topic ids (main topic first). */
export interface Rankable {
  slug: string;
  date: Date;
  topics: readonly string[];
}

/** How many related stories the end of a story shows: enough to choose from, few enough to scan. */
export const RELATED_LIMIT = 4;

/**
 * How related `other` is to `current`: one point per shared topic, and one more when `other` covers
 * `current`'s main topic, because the main topic is what the story is about. Zero means unrelated.
 * @example relevance({ topics: ['peace-talks', 'ukraine'] }, { topics: ['ukraine'] }) // 1
 * @example relevance({ topics: ['peace-talks', 'ukraine'] }, { topics: ['peace-talks'] }) // 2
 */
export function relevance(current: Pick<Rankable, 'topics'>, other: Pick<Rankable, 'topics'>): number {
  const shared = other.topics.filter((t) => current.topics.includes(t)).length;
  const main = current.topics[0];
  return shared + (main !== undefined && other.topics.includes(main) ? 1 : 0);
}

/**
 * The stories most related to `current`: by relevance, then newest first, never `current` itself and never
 * a story with no topic in common. `candidates` must already be the stories of the reader's language.
 * @example relatedStories(talks, [talks, ceasefire, unrelated]) // [ceasefire]
 */
export function relatedStories<T extends Rankable>(
  current: Rankable,
  candidates: readonly T[],
  limit: number = RELATED_LIMIT,
): T[] {
  // Every story page asks this of every story in its language: keep the best `limit` in one pass (O(n)) instead
  // of sorting all candidates per page, which made a 10,000-story build quadratic in sorting alone.
  const before = (a: { story: T; score: number }, b: { story: T; score: number }) =>
    b.score - a.score || byNewest(a.story, b.story);
  const best: { story: T; score: number }[] = [];
  for (const story of candidates) {
    if (story.slug === current.slug) continue;
    const score = relevance(current, story);
    if (score === 0) continue;
    const item = { story, score };
    const worst = best[best.length - 1];
    if (best.length >= limit && (!worst || before(item, worst) >= 0)) continue;
    let at = best.length;
    while (at > 0 && before(item, best[at - 1]!) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > limit) best.pop();
  }
  return best.map(({ story }) => story);
}

/**
 * The stories just before (older) and after (newer) `current` in a topic, in the order the topic page lists
 * them. `current` need not be in `inTopic` (a fallback page is placed by its date among the real versions).
 * @example topicNeighbours(march, [april, march, february]) // { previous: february, next: april }
 */
export function topicNeighbours<T extends Pick<Rankable, 'slug' | 'date'>>(
  current: Pick<Rankable, 'slug' | 'date'>,
  inTopic: readonly T[],
): { previous?: T | undefined; next?: T | undefined } {
  const others = inTopic.filter((s) => s.slug !== current.slug).sort(byNewest);
  const firstOlder = others.findIndex((s) => byNewest(current, s) < 0);
  const olderStart = firstOlder === -1 ? others.length : firstOlder;
  return { previous: others[olderStart], next: others[olderStart - 1] };
}

/**
 * The real versions in `lang` of every story (fallbacks never count), as ranking input with their entries.
 * @example versionsIn(stories, 'en').map((v) => v.slug) // slugs of the stories that have an English file
 */
export function versionsIn<E extends EntryLike>(
  stories: readonly Story<E>[],
  lang: Locale,
): (Rankable & { entry: E })[] {
  return stories.flatMap((story) => {
    const entry = story.versions[lang];
    return entry ? [{ slug: story.slug, date: entry.data.date, topics: entry.data.topics, entry }] : [];
  });
}
