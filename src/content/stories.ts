import type { PaginateFunction } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../shared/locales';
import { pairStories, resolveVersion, type ResolvedVersion, type Story } from '../lib/pairing';

export type ArticleEntry = CollectionEntry<'articles'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type AuthorEntry = CollectionEntry<'authors'>;
export type SiteStory = Story<ArticleEntry>;

let cache: Promise<SiteStory[]> | undefined;

/**
 * All published stories, newest first, each with its language versions. Drafts appear only in `astro dev`.
 * Loaded once per build: every page asks for it.
 */
export function getStories(): Promise<SiteStory[]> {
  cache ??= getCollection('articles').then((entries) =>
    // MODE, not DEV: DEV follows NODE_ENV, which test runners set to "test" even for a production build.
    pairStories(entries, { includeDrafts: import.meta.env.MODE === 'development' }),
  );
  return cache;
}

let topicsById: Promise<ReadonlyMap<string, TopicEntry>> | undefined;
let authorsById: Promise<ReadonlyMap<string, AuthorEntry>> | undefined;

/**
 * Every topic by id, looked up once per build: each story page names its topics several times (chips, previews,
 * neighbours), and one `getEntry` per mention cost more than the rest of those components.
 */
export function getTopicsById(): Promise<ReadonlyMap<string, TopicEntry>> {
  topicsById ??= getCollection('topics').then((all) => new Map(all.map((topic) => [topic.id, topic])));
  return topicsById;
}

/** Every author by id, looked up once per build (see `getTopicsById`). */
export function getAuthorsById(): Promise<ReadonlyMap<string, AuthorEntry>> {
  authorsById ??= getCollection('authors').then((all) => new Map(all.map((author) => [author.id, author])));
  return authorsById;
}

/** Topics in display order: `order` first, then by name in the reader's language. */
export async function getTopics(lang: Locale): Promise<TopicEntry[]> {
  const topics = await getCollection('topics');
  const collator = new Intl.Collator(lang);
  return topics.sort(
    (a, b) =>
      (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
      collator.compare(a.data.name[lang], b.data.name[lang]),
  );
}

/** A story as listed on a `lang` page: the version shown, and whether it is in another language. */
export interface ListedStory {
  story: SiteStory;
  shown: ResolvedVersion<ArticleEntry>;
}

/** Every story, as it appears in `lang` listings (untranslated ones included, flagged). */
export async function getListing(lang: Locale, filter?: (s: SiteStory) => boolean): Promise<ListedStory[]> {
  const stories = await getStories();
  return stories.filter((s) => !filter || filter(s)).map((story) => ({ story, shown: resolveVersion(story, lang) }));
}

/** Stories that list `topicId` in any of their versions. */
export const hasTopic = (topicId: string) => (story: SiteStory) =>
  locales.some((l) => story.versions[l]?.data.topics.includes(topicId));

/** One paginated listing of a page family: its route params, extra props and which stories it lists. */
export interface ListingGroup<P extends Record<string, string>, X extends Record<string, unknown>> {
  params: P;
  props: X;
  filter: (story: SiteStory) => boolean;
}

/**
 * The `getStaticPaths` result of a paginated story listing per language and per group (a topic, an author):
 * every group gets its pages in every language, untranslated stories included and flagged.
 */
export async function paginateListings<P extends Record<string, string>, X extends Record<string, unknown>>(
  paginate: PaginateFunction,
  pageSize: number,
  groupsFor: (lang: Locale) => Promise<ListingGroup<P, X>[]>,
) {
  const perLocale = await Promise.all(
    locales.map(async (lang) => {
      const groups = await groupsFor(lang);
      return Promise.all(
        groups.map(async ({ params, props, filter }) =>
          paginate(await getListing(lang, filter), { params: { lang, ...params }, props, pageSize }),
        ),
      );
    }),
  );
  return perLocale.flat(2);
}
