// src/lib/: pure helpers (no astro:* modules, no files, no DOM), each with an @example and a test in tests/unit/.
import { isLocale, locales, otherLocales, type Locale } from '../shared/locales';

/** The part of a content entry the pairing logic needs; real entries come from `astro:content`. */
export interface EntryLike {
  id: string;
  data: { date: Date; draft: boolean; topics: string[] };
}

/** One story: the same slug in up to one file per language. */
export interface Story<E extends EntryLike = EntryLike> {
  slug: string;
  versions: Partial<Record<Locale, E>>;
  /** The story's date: the newest date among its versions (they should agree). */
  date: Date;
}

/** Which version a page at `lang` shows, and whether it stands in for a missing translation. */
export interface ResolvedVersion<E extends EntryLike = EntryLike> {
  entry: E;
  /** The language the text is actually in. */
  lang: Locale;
  /** True when the reader asked for `lang` but the story does not exist in it yet. */
  isFallback: boolean;
}

/**
 * Groups per-language entries (ids `{slug}/{lang}`) into stories, newest first, leaving drafts out unless asked.
 * Whether the content is right (folder names, languages, topics, authors) is the content checker's business
 * (src/checks/, run before every build): an entry whose id is not `{slug}/{language}` is not a story of this
 * site, so it is left out here and reported there.
 *
 * @example
 * pairStories([{ id: 'talks/ja', data }, { id: 'talks/en', data }])
 * // [{ slug: 'talks', versions: { ja, en }, date }]
 */
export function pairStories<E extends EntryLike>(entries: E[], options: { includeDrafts?: boolean } = {}): Story<E>[] {
  const bySlug = new Map<string, Story<E>>();
  for (const entry of entries) {
    const parts = entry.id.split('/');
    const [slug, lang] = parts;
    if (parts.length !== 2 || !slug || !isLocale(lang)) continue;
    if (entry.data.draft && !options.includeDrafts) continue;
    const story = bySlug.get(slug) ?? { slug, versions: {}, date: entry.data.date };
    story.versions[lang] = entry;
    if (entry.data.date > story.date) story.date = entry.data.date;
    bySlug.set(slug, story);
  }
  return [...bySlug.values()].sort(byNewest);
}

/**
 * Newest first; stories of the same day in slug order (by code unit, as `archiveSortKey` orders them), so the
 * order never depends on the file system.
 * @example [older, newer].sort(byNewest) // [newer, older]
 */
export function byNewest(a: { date: Date; slug: string }, b: { date: Date; slug: string }): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** Milliseconds past the last date a JavaScript Date can hold: every date's distance from it is positive. */
const LAST_DATE_MS = 8.64e15;

/**
 * A story's place in the archive as a text that sorts, code unit by code unit, the way `byNewest` sorts the
 * stories: the search index sorts by it (`data-pagefind-sort="order:…"`, which Pagefind compares as text when a
 * value is not a number). It depends on the story alone, not on the others, so a new story leaves every other
 * story page, and the index parts they fall in, as they were.
 * @example archiveSortKey({ date: new Date('2026-12-07'), slug: 'talks' }) // 'd08638203398400000_talks'
 */
export function archiveSortKey(story: { date: Date; slug: string }): string {
  return `d${String(LAST_DATE_MS - story.date.getTime()).padStart(17, '0')}_${story.slug}`;
}

/**
 * The version to show on the `lang` page of a story: its own translation, or else the first other language
 * that exists, flagged as a fallback.
 * @example resolveVersion({ versions: { ja } }, 'en') // { entry: ja, lang: 'ja', isFallback: true }
 */
export function resolveVersion<E extends EntryLike>(story: Story<E>, lang: Locale): ResolvedVersion<E> {
  const own = story.versions[lang];
  if (own) return { entry: own, lang, isFallback: false };
  for (const other of otherLocales(lang)) {
    const entry = story.versions[other];
    if (entry) return { entry, lang: other, isFallback: true };
  }
  // pairStories never creates a story without a version.
  throw new Error(`Story "${story.slug}" has no version in any language`);
}

/**
 * The languages a story really exists in (no fallbacks), in locale order.
 * @example availableLocales({ versions: { en } }) // ['en']
 */
export function availableLocales(story: Story): Locale[] {
  return locales.filter((l) => story.versions[l]);
}

/** One language version of a story, as listings, feeds and rankings take it: the story's slug, this version's date and topics. */
export interface StoryVersion<E extends EntryLike = EntryLike> {
  slug: string;
  date: Date;
  /** Topic ids, main topic first. */
  topics: readonly string[];
  entry: E;
}

/**
 * The real versions in `lang` of every story (fallbacks never count), in the order of `stories`.
 * @example versionsIn(stories, 'en').map((v) => v.slug) // slugs of the stories that have an English file
 */
export function versionsIn<E extends EntryLike>(stories: readonly Story<E>[], lang: Locale): StoryVersion<E>[] {
  return stories.flatMap((story) => {
    const entry = story.versions[lang];
    return entry ? [{ slug: story.slug, date: entry.data.date, topics: entry.data.topics, entry }] : [];
  });
}
