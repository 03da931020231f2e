// src/content/: what the pages read from astro:content (stories, topics, authors, listings, feeds), once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../shared/locales';
import { pairStories, type Story } from '../lib/pairing';
import { searchArchive, type SearchArchive } from '../lib/search-stories';
import type { StoryRoute } from '../lib/story-route';

export type ArticleEntry = CollectionEntry<'articles'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type AuthorEntry = CollectionEntry<'authors'>;
export type SiteStory = Story<ArticleEntry>;
/** What a story page knows about the version it shows; built once per page by `storyRoute` and passed down. */
export type SiteStoryRoute = StoryRoute<ArticleEntry>;

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

/** Stories that list `topicId` in any of their versions. */
export const hasTopic = (topicId: string) => (story: SiteStory) =>
  locales.some((l) => story.versions[l]?.data.topics.includes(topicId));

/** Stories by `authorId` in any of their versions, so an author's page lists untranslated stories too. */
export const hasAuthor = (authorId: string) => (story: SiteStory) =>
  locales.some((l) => story.versions[l]?.data.author === authorId);

let archive: Promise<SearchArchive> | undefined;

/**
 * What the search page needs to know of the archive (`searchArchive`), once per build for both languages'
 * search pages: the stories newest first, as the index sorts them (`archiveSortKey`). The Markdown source
 * is not kept (`retainBody: false`), so a version's writing is read from its rendered HTML; an MDX version,
 * rendered only on its page, counts as containing every writing, so that no query misses it.
 */
export function getSearchArchive(): Promise<SearchArchive> {
  archive ??= getStories().then((stories) =>
    searchArchive(
      stories.map((story) => ({
        versions: Object.fromEntries(
          locales.flatMap((l) => {
            const v = story.versions[l];
            return v ? [[l, { title: v.data.title, lead: v.data.lead, body: v.rendered?.html }]] : [];
          }),
        ),
      })),
      locales,
    ),
  );
  return archive;
}
