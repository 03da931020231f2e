import { byNewest } from './pairing';

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

interface Scored<T> {
  story: T;
  score: number;
}

/** Higher relevance first, then newest first (slugs break ties, so the order is total). */
const ranksBefore = <T extends Rankable>(a: Scored<T>, b: Scored<T>) => b.score - a.score || byNewest(a.story, b.story);

/**
 * Puts `item` into `best` (kept in rank order, at most `limit` long) if it ranks among the best so far; false
 * when it does not. Keeping the best few in one pass is O(n) per ranking instead of sorting every candidate.
 */
function offer<T extends Rankable>(best: Scored<T>[], item: Scored<T>, limit: number): boolean {
  const worst = best[best.length - 1];
  if (best.length >= limit && (!worst || ranksBefore(item, worst) >= 0)) return false;
  let at = best.length;
  while (at > 0 && ranksBefore(item, best[at - 1]!) < 0) at--;
  best.splice(at, 0, item);
  if (best.length > limit) best.pop();
  return true;
}

/**
 * The stories most related to `current`: by relevance, then newest first, never `current` itself and never
 * a story with no topic in common. `candidates` must already be the stories of the reader's language.
 * @example relatedStories(talks, [talks, ceasefire, unrelated]) // [ceasefire]
 */
export function relatedStories<T extends Rankable>(current: Rankable, candidates: readonly T[], limit: number = RELATED_LIMIT): T[] {
  const best: Scored<T>[] = [];
  for (const story of candidates) {
    if (story.slug === current.slug) continue;
    const score = relevance(current, story);
    if (score > 0) offer(best, { story, score }, limit);
  }
  return best.map(({ story }) => story);
}

/** Candidates with the same topics: relevance depends only on topics, so they score alike for every story. */
export interface TopicGroup<T extends Rankable> {
  topics: readonly string[];
  /** The group's newest stories, newest first. */
  newest: T[];
}

/**
 * `candidates` grouped by their topics (in any order), keeping the newest `keep` of each group. Within a group
 * every story scores the same, so newest first is also best first: none past the first `limit` can be among
 * the best `limit` (one more if the current story may be in the group, since it is skipped).
 * @example groupByTopics([a1, b1, a2], 5)
 * // [{ topics: a1.topics, newest: [a2, a1] }, { topics: b1.topics, newest: [b1] }]
 */
export function groupByTopics<T extends Rankable>(candidates: readonly T[], keep: number): TopicGroup<T>[] {
  const groups = new Map<string, TopicGroup<T>>();
  for (const story of candidates) {
    const key = [...story.topics].sort().join('\u0000');
    let group = groups.get(key);
    if (!group) {
      group = { topics: story.topics, newest: [] };
      groups.set(key, group);
    }
    group.newest.push(story);
  }
  for (const group of groups.values()) group.newest = group.newest.sort(byNewest).slice(0, keep);
  return [...groups.values()];
}

/**
 * `relatedStories(current, candidates, limit)` from `groupByTopics(candidates, …)`, which must keep `limit`
 * stories per group, and one more if `current` may be among them. One relevance per group instead of one per
 * story is what keeps related stories cheap with thousands of stories.
 */
export function relatedInGroups<T extends Rankable>(current: Rankable, groups: readonly TopicGroup<T>[], limit: number = RELATED_LIMIT): T[] {
  const best: Scored<T>[] = [];
  for (const group of groups) {
    const score = relevance(current, group);
    if (score === 0) continue;
    for (const story of group.newest) {
      // The rest of the group is older, so it ranks lower still.
      if (story.slug !== current.slug && !offer(best, { story, score }, limit)) break;
    }
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
