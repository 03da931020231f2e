import type { Locale } from '../shared/locales';
import { byNewest, versionsIn, type StoryVersion } from '../lib/pairing';
import { RELATED_LIMIT, groupByTopics, relatedInGroups, topicNeighbours, type Rankable, type TopicGroup } from '../lib/related';
import { getStories, type ArticleEntry } from './stories';

/**
 * Per-build lookups for what every story page asks about all the others (related stories, neighbours in a
 * topic). Computed once per language, topic or topic combination instead of once per page: with 10,000 stories
 * the per-page versions made the build quadratic (see docs/performance.md). Results are exactly those of the
 * pure functions in src/lib/related.ts, which stay the reference and carry the unit tests.
 */

export type Version = StoryVersion<ArticleEntry>;

const versionsByLang = new Map<Locale, Promise<Version[]>>();

/** The real versions in `lang`, newest first (the order of topic pages). */
export function getVersionsIn(lang: Locale): Promise<Version[]> {
  let cached = versionsByLang.get(lang);
  if (!cached) {
    cached = getStories().then((stories) => versionsIn(stories, lang).sort(byNewest));
    versionsByLang.set(lang, cached);
  }
  return cached;
}

const groupsByLang = new Map<Locale, Promise<TopicGroup<Version>[]>>();
const relatedBySignature = new Map<string, Promise<Version[]>>();

/**
 * `relatedStories(current, getVersionsIn(lang))`. Relevance depends only on the main topic and the set of the
 * others, so stories with the same topics share one ranking; it keeps one story more than shown, in case the
 * current story is among the best. Candidates are scored by topic group (`relatedInGroups`), not one by one.
 */
export async function getRelatedStories(lang: Locale, current: Rankable): Promise<Version[]> {
  const [main = '', ...rest] = current.topics;
  const key = `${lang}\u0000${main}\u0000${[...rest].sort().join(',')}`;
  let ranked = relatedBySignature.get(key);
  if (!ranked) {
    let groups = groupsByLang.get(lang);
    if (!groups) {
      groups = getVersionsIn(lang).then((all) => groupByTopics(all, RELATED_LIMIT + 1));
      groupsByLang.set(lang, groups);
    }
    // The empty slug matches no story, so the ranking is the same for every story with these topics.
    ranked = groups.then((all) => relatedInGroups({ ...current, slug: '' }, all, RELATED_LIMIT + 1));
    relatedBySignature.set(key, ranked);
  }
  return (await ranked).filter((v) => v.slug !== current.slug).slice(0, RELATED_LIMIT);
}

const topicLists = new Map<string, Promise<{ list: Version[]; index: Map<string, number> }>>();

/**
 * `topicNeighbours(current, versions of lang in topicId)`, by position in the topic's newest-first list when the
 * current story is in it, else (a fallback page) by the reference function.
 */
export async function getTopicNeighbours(
  lang: Locale,
  topicId: string,
  current: Pick<Rankable, 'slug' | 'date'>,
): Promise<{ previous?: Version | undefined; next?: Version | undefined }> {
  const key = `${lang}\u0000${topicId}`;
  let cached = topicLists.get(key);
  if (!cached) {
    cached = getVersionsIn(lang).then((all) => {
      const list = all.filter((v) => v.topics.includes(topicId));
      return { list, index: new Map(list.map((v, i) => [v.slug, i])) };
    });
    topicLists.set(key, cached);
  }
  const { list, index } = await cached;
  const at = index.get(current.slug);
  if (at === undefined || list[at]!.date.getTime() !== current.date.getTime()) return topicNeighbours(current, list);
  return { previous: list[at + 1], next: list[at - 1] };
}
