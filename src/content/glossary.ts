import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteGlossary } from '../shared/glossary/index.ts';
import { glossaryKinds, type GlossaryKind } from '../shared/glossary/entries.ts';
import { locales, type Locale } from '../shared/locales';
import { resolveVersion } from '../lib/pairing';
import type { ListedStory } from './listing';
import { getStories, type ArticleEntry, type SiteStory } from './stories';

export type GlossaryEntry = CollectionEntry<'glossary'>;

/**
 * Which stories mention which glossary entries, worked out once per build: the entry pages list them and every
 * story page carries its entries for search. A mention is found from the names and variants (never marked by
 * hand) in the headline, lead and key points, and in the body, whose ids the Markdown step already recorded
 * (src/markdown/rehype-glossary.ts); an MDX story, which Astro compiles later, is read from its file.
 */

let entriesCache: Promise<GlossaryEntry[]> | undefined;

/** Every glossary entry, in id order. */
export function getGlossary(): Promise<GlossaryEntry[]> {
  entriesCache ??= getCollection('glossary').then((all) => all.sort((a, b) => a.id.localeCompare(b.id)));
  return entriesCache;
}

let byIdCache: Promise<ReadonlyMap<string, GlossaryEntry>> | undefined;

export function getGlossaryById(): Promise<ReadonlyMap<string, GlossaryEntry>> {
  byIdCache ??= getGlossary().then((all) => new Map(all.map((e) => [e.id, e])));
  return byIdCache;
}

async function bodyIds(entry: ArticleEntry, lang: Locale): Promise<string[]> {
  const recorded = (entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined)?.['glossary'];
  if (Array.isArray(recorded)) return recorded as string[];
  if (!entry.filePath) return [];
  const source = await readFile(entry.filePath, 'utf8').catch(() => '');
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return [...siteGlossary().matcher.ids([body], lang)];
}

/** The ids of the entries one version mentions. */
async function versionIds(entry: ArticleEntry, lang: Locale): Promise<Set<string>> {
  const { matcher } = siteGlossary();
  const ids = matcher.ids([entry.data.title, entry.data.lead, ...entry.data.keyPoints], lang);
  for (const id of await bodyIds(entry, lang)) ids.add(id);
  return ids;
}

interface MentionIndex {
  /** Per story slug and language, the ids that version mentions, sorted. */
  byVersion: Map<string, Partial<Record<Locale, string[]>>>;
  /** Per entry id, the stories (newest first) with a version that mentions it. */
  byEntry: Map<string, SiteStory[]>;
}

let indexCache: Promise<MentionIndex> | undefined;

function mentionIndex(): Promise<MentionIndex> {
  indexCache ??= (async () => {
    const [stories, glossary] = await Promise.all([getStories(), getGlossaryById()]);
    const byVersion: MentionIndex['byVersion'] = new Map();
    const byEntry: MentionIndex['byEntry'] = new Map();
    for (const story of stories) {
      const perLang: Partial<Record<Locale, string[]>> = {};
      const any = new Set<string>();
      for (const lang of locales) {
        const entry = story.versions[lang];
        if (!entry) continue;
        // Only entries the collection has: an id from a stale cache or a broken file is not a page.
        const ids = [...(await versionIds(entry, lang))].filter((id) => glossary.has(id)).sort();
        perLang[lang] = ids;
        for (const id of ids) any.add(id);
      }
      byVersion.set(story.slug, perLang);
      // Stories come newest first, so each entry's list does too.
      for (const id of any) (byEntry.get(id) ?? byEntry.set(id, []).get(id)!).push(story);
    }
    return { byVersion, byEntry };
  })();
  return indexCache;
}

/** The entries a story's `lang` version mentions (none for a language it does not exist in), in id order. */
export async function getMentionedEntries(slug: string, lang: Locale): Promise<GlossaryEntry[]> {
  const [index, byId] = await Promise.all([mentionIndex(), getGlossaryById()]);
  return (index.byVersion.get(slug)?.[lang] ?? []).map((id) => byId.get(id)!);
}

/** The stories that mention an entry in any language, newest first, as listed on a `lang` page. */
export async function getStoriesMentioning(id: string, lang: Locale): Promise<ListedStory[]> {
  const index = await mentionIndex();
  return (index.byEntry.get(id) ?? []).map((story) => ({ story, shown: resolveVersion(story, lang) }));
}

/** How many stories mention each entry. */
export async function getMentionCounts(): Promise<ReadonlyMap<string, number>> {
  const index = await mentionIndex();
  return new Map([...index.byEntry].map(([id, stories]) => [id, stories.length]));
}

/** The glossary page's sections: entries by kind, sorted by reading in Japanese and by name in English. */
export async function getGlossaryByKind(lang: Locale): Promise<{ kind: GlossaryKind; entries: GlossaryEntry[] }[]> {
  const all = await getGlossary();
  const collator = new Intl.Collator(lang);
  const key = (e: GlossaryEntry) => (lang === 'ja' ? (e.data.reading ?? e.data.ja.name) : e.data[lang].name);
  return glossaryKinds
    .map((kind) => ({
      kind,
      entries: all.filter((e) => e.data.kind === kind).sort((a, b) => collator.compare(key(a), key(b)) || a.id.localeCompare(b.id)),
    }))
    .filter((group) => group.entries.length > 0);
}
