import { isLocale, locales, otherLocales, type Locale } from '../shared/locales';
import { idPattern } from '../shared/ids';

/** The part of a content entry the pairing logic needs; real entries come from `astro:content`. */
export interface EntryLike {
  id: string;
  filePath?: string | undefined;
  data: { date: Date; draft: boolean; topics: string[]; author?: string | undefined };
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

/** A content problem an editor can fix: the file, the field, and what to do. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} content problem(s) found:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

const fileOf = (e: EntryLike) => e.filePath ?? `content/articles/${e.id}.md`;

/**
 * Groups per-language entries (ids `{slug}/{lang}`) into stories, newest first. Collects every problem
 * (bad slug, unknown language file, unknown topic or author) and throws them together, so an editor sees
 * all of them in one build instead of one per attempt.
 *
 * @example
 * pairStories([{ id: 'talks/ja', data }, { id: 'talks/en', data }], { topics: ['peace-talks'] })
 * // [{ slug: 'talks', versions: { ja, en }, date }]
 */
export function pairStories<E extends EntryLike>(
  entries: E[],
  known: { topics: readonly string[]; authors?: readonly string[] },
  options: { includeDrafts?: boolean } = {},
): Story<E>[] {
  const problems: string[] = [];
  const bySlug = new Map<string, Story<E>>();
  for (const entry of entries) {
    const file = fileOf(entry);
    const parts = entry.id.split('/');
    const [slug, lang] = parts;
    if (parts.length !== 2 || !slug || !lang) {
      problems.push(
        `${file}: a story must be content/articles/{slug}/{language}.md (for example content/articles/istanbul-talks/ja.md)`,
      );
      continue;
    }
    if (!idPattern.test(slug)) {
      problems.push(
        `${file}: folder name "${slug}" is not a valid slug; use lowercase ASCII letters, digits and hyphens (for example "istanbul-talks")`,
      );
      continue;
    }
    if (!isLocale(lang)) {
      problems.push(`${file}: "${lang}" is not a language of this site; name the file ${locales.map((l) => `${l}.md`).join(' or ')}`);
      continue;
    }
    for (const topic of entry.data.topics) {
      if (!known.topics.includes(topic)) {
        problems.push(
          `${file}: topics: unknown topic "${topic}"; add content/topics/${topic}.yaml or use one of: ${known.topics.join(', ')}`,
        );
      }
    }
    if (entry.data.author && known.authors && !known.authors.includes(entry.data.author)) {
      problems.push(
        `${file}: author: unknown author "${entry.data.author}"; add content/authors/${entry.data.author}.yaml or use one of: ${known.authors.join(', ')}`,
      );
    }
    if (entry.data.draft && !options.includeDrafts) continue;
    const story = bySlug.get(slug) ?? { slug, versions: {}, date: entry.data.date };
    story.versions[lang] = entry;
    if (entry.data.date > story.date) story.date = entry.data.date;
    bySlug.set(slug, story);
  }
  if (problems.length) throw new ContentError(problems);
  return [...bySlug.values()].sort(byNewest);
}

/**
 * Newest first; stories of the same day in slug order, so the order never depends on the file system.
 * @example [older, newer].sort(byNewest) // [newer, older]
 */
export function byNewest(a: { date: Date; slug: string }, b: { date: Date; slug: string }): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
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
